-- string.rep asking for a gigabyte.
-- expect: run: memory limit of 64 MiB exceeded
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    local s = string.rep("x", 1e9)
    return 1, s
  end,
}
