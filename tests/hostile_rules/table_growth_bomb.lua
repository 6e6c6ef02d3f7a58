-- A table that grows without bound.
-- expect: run: limit
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    local t = {}
    for i = 1, 1e9 do t[i] = i end
    return 1, "x"
  end,
}
