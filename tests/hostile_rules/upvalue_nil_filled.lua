-- A file-level local that starts as nil and is filled in by the first country's evaluation.
-- expect: run: changed the file-level variable 'memo'
local memo
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    memo = memo or c.iso3
    return 1, "x"
  end,
}
