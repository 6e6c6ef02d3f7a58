-- The bad score comes from the second return, after a helper: the error points at that return (line 12).
local function doubled(x)
  return 2 * x
end

return {
  id = "r", title = "R", domain = "right_to_work", dimension = "de_jure",
  instruments = { "x" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    if c:fact("rtw.wage_employment") == "full" then return 1, "full" end
    local score = doubled(0.75)
    return score, "conditional access"
  end,
}
