-- The table is built but the file returns its evaluate function instead.
local rule = {
  id = "r", title = "R", domain = "right_to_work", dimension = "de_jure",
  instruments = { "x" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    return 1, "fine"
  end,
}
return rule.evaluate
