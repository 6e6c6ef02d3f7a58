-- A counter kept in a file-level local that comes after one holding nil (the snapshot must not lose it).
-- expect: run: changed the file-level variable 'calls'
local cache
local calls = 0
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    if cache then return 0, "never" end
    calls = calls + 1
    return 1, "x"
  end,
}
