-- A syntax error.
-- expect: load: rule file has a syntax error
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    return 1 "x" +
  end,
}
