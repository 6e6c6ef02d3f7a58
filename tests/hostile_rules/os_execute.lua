-- os.execute to run a shell command.
-- expect: run: global 'os'
-- line: 8
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    os.execute("touch /tmp/workrights-pwned")
    return 1, "x"
  end,
}
