-- An endless loop wrapped in pcall, trying to swallow the budget error and go on.
-- expect: run: instruction budget
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    pcall(function() while true do end end)
    return 1, "survived"
  end,
}
