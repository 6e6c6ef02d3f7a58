-- require to load native code.
-- expect: run: global 'require'
-- line: 8
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    require("socket")
    return 1, "x"
  end,
}
