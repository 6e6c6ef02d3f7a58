-- The priority function gives NaN (0/0) from its second return, after a helper: the error points at that
-- return (line 17), not at the function's first line.
local function share(part, whole)
  return part / whole
end
return {
  name = "bad", version = "1",
  domains = { { id = "right_to_work", title = "Right to work", weight = 1 } },
  rules = { "rules/r.lua" },
  priority = {
    reads = {},
    evaluate = function(c)
      local overall = c:score("overall")
      if overall > 2 then
        return overall, { overall = overall }
      end
      return share(0, 0), { overall = overall }
    end,
  },
}
