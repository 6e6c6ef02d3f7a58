-- A __gc finalizer that would run inside another rule's call.
-- expect: run: __gc finalizers are not available
-- line: 8
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    setmetatable({}, { __gc = function() while true do end end })
    return 1, "x"
  end,
}
