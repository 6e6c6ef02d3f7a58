-- Differences in the right to wage employment between recognised refugees, asylum seekers and people under
-- temporary or other protection (ILO Guiding principles cover all forcibly displaced persons).
-- Scoring: levels full 1, conditional 2/3, restricted 1/3, none 0; score = 1 - (best level - worst level)
-- over the groups whose access is stated. At least two groups must be stated.
local groups = { "refugees", "asylum_seekers", "temporary_protection", "other_protection" }
local levels = { full = 1, conditional = 2 / 3, restricted = 1 / 3, none = 0 }

return {
  id = "rtw.parity_across_statuses",
  title = "The same right to work whatever the protection status",
  domain = "right_to_work",
  dimension = "de_jure",
  weight = 1,
  instruments = {
    "ILO Guiding principles on the access of refugees and other forcibly displaced persons to the labour market (2016)",
    "Global Compact on Refugees, para. 70",
  },
  reads = { "rtw.wage_employment" },
  action = {
    action = "Align the right to work of asylum seekers and people under temporary or other protection with that of recognised refugees.",
    instrument = "ILO Guiding principles (2016)",
    outcome = 1,
    lead = "joint",
    partners = { "ministry of interior", "ministry of labour" },
    pledge = "Give every protection status the same access to the labour market.",
  },
  evaluate = function(c)
    local stated, best, worst = {}, nil, nil
    for _, g in ipairs(groups) do
      if c:known("rtw.wage_employment", g) then
        local access = c:fact("rtw.wage_employment", g)
        local level = score_of(access, levels)
        stated[#stated + 1] = g:gsub("_", " ") .. ": " .. access  -- words, not the id, for advisers
        if best == nil or level > best then best = level end
        if worst == nil or level < worst then worst = level end
      end
    end
    if #stated < 2 then
      -- Reading asylum seekers' access makes the result unknown, and names the fact to collect.
      c:fact("rtw.wage_employment", "asylum_seekers")
      c:fact("rtw.wage_employment", "refugees")
    end
    local gap = best - worst
    if gap == 0 then
      return 1, "The same access for every status stated (" .. table.concat(stated, "; ") .. ")."
    end
    return 1 - gap, "Access differs by status (" .. table.concat(stated, "; ") .. ")."
  end,
}
