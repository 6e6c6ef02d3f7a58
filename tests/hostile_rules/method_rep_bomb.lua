-- A 100 MB string through the string metatable.
-- expect: run: memory use is over the limit of 64.0 MiB
-- line: 8
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    local s = ("x"):rep(100 * 1024 * 1024)
    return 1, s
  end,
}
