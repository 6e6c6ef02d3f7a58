-- error() with nil.
-- expect: run: error raised with a nil value instead of a message
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    error(nil)
  end,
}
