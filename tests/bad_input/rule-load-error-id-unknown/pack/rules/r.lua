-- The id is computed, so it cannot be read without running the file; the error says so and names the file.
local prefix = "rtw"
error("not ready yet")
return {
  id = prefix .. ".r", title = "R", domain = "right_to_work", dimension = "de_jure",
  instruments = { "x" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    return 1, "fine"
  end,
}
