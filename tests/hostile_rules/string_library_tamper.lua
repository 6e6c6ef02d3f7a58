-- Replacing a string library function for every rule.
-- expect: run: attempt to change read-only data
-- line: 8
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    string.upper = function() return "pwned" end
    return 1, "x"
  end,
}
