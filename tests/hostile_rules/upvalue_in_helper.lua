-- State kept by a local helper function that evaluate calls, not by evaluate itself.
-- expect: run: changed the file-level variable 'seen'
local seen = 0
local function count()
  seen = seen + 1
  return seen
end
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    count()
    return 1, "x"
  end,
}
