-- dofile to run another file.
-- expect: run: global 'dofile'
-- line: 8
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    dofile("/etc/passwd")
    return 1, "x"
  end,
}
