-- Reading a fact the rule does not declare.
-- expect: run: reads fact 'rtw.self_employment' but does not list it in 'reads'
-- line: 8
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    local v = c:fact("rtw.self_employment")
    return 1, "x"
  end,
}
