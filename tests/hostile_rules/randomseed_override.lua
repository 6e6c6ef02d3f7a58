-- math.randomseed to make results depend on the clock.
-- expect: run: field 'randomseed'
-- line: 8
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    math.randomseed(42)
    return 1, "x"
  end,
}
