-- An error raised when the file loads.
-- expect: load: rule file failed to load: broken on purpose
error("broken on purpose")
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    return 1, "x"
  end,
}
