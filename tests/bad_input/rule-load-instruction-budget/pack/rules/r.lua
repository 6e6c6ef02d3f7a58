-- An endless loop at top level, before the file returns its table: the error names the rule by the id below.
while true do end
return {
  id = "r", title = "R", domain = "right_to_work", dimension = "de_jure",
  instruments = { "x" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    return 1, "fine"
  end,
}
