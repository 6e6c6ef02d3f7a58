-- An endless loop in evaluate.
-- expect: run: instruction budget of 20000000 exceeded
-- line: 8
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    while true do end
  end,
}
