-- Writing to the country object.
-- expect: run: attempt to change read-only data
-- line: 8
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    c.iso3 = "XXX"
    return 1, "x"
  end,
}
