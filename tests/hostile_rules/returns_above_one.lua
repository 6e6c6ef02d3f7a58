-- A score of 1.5.
-- expect: run: evaluate returned score 1.5, outside the range 0 to 1
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    return 1.5, "x"
  end,
}
