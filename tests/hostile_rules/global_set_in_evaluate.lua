-- Setting a global during evaluation, to pass state to later calls.
-- expect: run: attempt to set global 'leak' during evaluation
-- line: 8
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    leak = c.iso3
    return 1, "x"
  end,
}
