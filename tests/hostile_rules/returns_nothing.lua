-- No return value at all.
-- expect: run: evaluate returned nothing
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    local x = 1
  end,
}
