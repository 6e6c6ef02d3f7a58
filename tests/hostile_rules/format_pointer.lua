-- string.format('%p') to print a memory address.
-- expect: run: '%p' (memory address) is not available
-- line: 8
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    return 1, string.format("%p", {})
  end,
}
