-- An endless loop when the file loads.
-- expect: load: instruction budget
while true do end
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    return 1, "x"
  end,
}
