-- Caching results across countries in a file-level table.
-- expect: run: attempt to change read-only data
-- line: 9
local cache = {}
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    cache[c.iso3] = true
    return 1, "x"
  end,
}
