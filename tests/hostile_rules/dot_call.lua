-- c.fact(...) instead of c:fact(...).
-- expect: run: call it with a colon
-- line: 8
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    local v = c.fact("rtw.wage_employment")
    return 1, "x"
  end,
}
