-- collectgarbage to stop the collector.
-- expect: run: global 'collectgarbage'
-- line: 8
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    collectgarbage("stop")
    return 1, "x"
  end,
}
