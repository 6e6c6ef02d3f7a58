-- string.rep asking for a gigabyte.
-- expect: run: memory use is over the limit of 64.0 MiB
-- line: 8
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    local s = string.rep("x", 1e9)
    return 1, s
  end,
}
