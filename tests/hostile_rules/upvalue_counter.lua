-- Keeping a counter across countries in a file-level local.
-- expect: run: changed the file-level variable 'calls'
local calls = 0
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    calls = calls + 1
    return 1, "x"
  end,
}
