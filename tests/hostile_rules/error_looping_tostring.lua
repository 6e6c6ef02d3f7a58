-- An error object whose __tostring loops forever.
-- expect: run: error raised with a table value instead of a message
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    error(setmetatable({}, { __tostring = function() while true do end end }))
  end,
}
