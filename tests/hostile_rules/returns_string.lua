-- A string where the score should be.
-- expect: run: evaluate returned string instead of a score
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    return "high", "x"
  end,
}
