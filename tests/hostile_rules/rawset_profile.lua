-- rawset on the country object to bypass read-only.
-- expect: run: global 'rawset'
-- line: 8
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    rawset(c, "iso3", "XXX")
    return 1, "x"
  end,
}
