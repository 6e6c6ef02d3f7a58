return {
  id = "r", title = "R", domain = "right_to_work", dimension = "de_jure",
  instruments = { "x" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    return c:fact("rtw.wage_employment") == "full" and 1 or 0.5, "fine"
  end,
}
