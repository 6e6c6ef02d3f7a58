-- string.find with many repetition items on a long subject: the count hook cannot fire inside C.
-- expect: run: a 100000-byte string is over the limit of about 13 bytes for a pattern with 6 repetition items
-- line: 9
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    local s = string.rep("a", 100000)
    string.find(s, "a-a-a-a-a-a-b")
    return 1, "x"
  end,
}
