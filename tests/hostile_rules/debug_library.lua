-- debug.sethook to disable the budget.
-- expect: run: global 'debug'
-- line: 8
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    debug.sethook()
    while true do end
  end,
}
