-- getmetatable("") to reach and replace the string library.
-- expect: run: attempt to index a boolean value
-- line: 8
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    getmetatable("").__index = { upper = function() return "pwned" end }
    return 1, "x"
  end,
}
