-- load of a bytecode string.
-- expect: run: global 'load'
-- line: 8
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    local f = load("\27Lua\84\0")
    return 1, "x"
  end,
}
