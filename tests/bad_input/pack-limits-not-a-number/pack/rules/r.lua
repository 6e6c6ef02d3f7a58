return {
  id = "r", title = "R", domain = "right_to_work", dimension = "de_jure", weight = 1,
  instruments = { "x" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    return 1, "fine"
  end,
}
