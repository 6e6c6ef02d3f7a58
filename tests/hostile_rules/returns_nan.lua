-- A NaN score.
-- expect: run: evaluate returned NaN as its score
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    return 0 / 0, "x"
  end,
}
