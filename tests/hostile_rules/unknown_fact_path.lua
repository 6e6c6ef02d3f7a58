-- A misspelt fact path.
-- expect: run: unknown fact 'rtw.wage_employmnt'; did you mean 'rtw.wage_employment'?
-- line: 8
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    local v = c:fact("rtw.wage_employmnt")
    return 1, "x"
  end,
}
