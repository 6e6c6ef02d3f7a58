-- gsub with a backtracking pattern on a long subject.
-- expect: run: could run for too long
-- line: 9
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    local s = string.rep("ab", 50000)
    s:gsub("(.-)(.-)(.-)x", "")
    return 1, "x"
  end,
}
