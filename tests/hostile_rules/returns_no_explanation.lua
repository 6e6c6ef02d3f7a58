-- A score without an explanation.
-- expect: run: must return an explanation (a string) after the score, not nil
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    return 1
  end,
}
