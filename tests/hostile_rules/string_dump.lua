-- string.dump, which exposes bytecode.
-- expect: run: field 'dump'
-- line: 8
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    local b = string.dump(function() end)
    return 1, b
  end,
}
