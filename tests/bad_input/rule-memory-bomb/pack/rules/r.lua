-- A memory bomb (a 200 MiB string.rep): the error names this rule and the line.
return {
  id = "r", title = "R", domain = "right_to_work", dimension = "de_jure",
  instruments = { "x" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    local s = string.rep("x", 200 * 1024 * 1024)
    return 1, s
  end,
}
