-- io.open to read a file.
-- expect: run: global 'io'
-- line: 8
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    local f = io.open("/etc/passwd")
    return 1, "x"
  end,
}
