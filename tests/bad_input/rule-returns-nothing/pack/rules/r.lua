-- The table is built in a variable, but the file never returns it.
local rule = {
  id = "r", title = "R", domain = "right_to_work", dimension = "de_jure",
  instruments = { "x" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    return 1, "fine"
  end,
}
