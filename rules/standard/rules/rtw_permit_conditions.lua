-- Permit conditions that tie refugees to an employer or subject them to a labour-market test (ILO practical
-- barriers). Scoring: no separate permit 1; a permit 2/3, less 1/3 if tied to one employer and 1/3 if a
-- labour-market test applies (floor 0).
return {
  id = "rtw.permit_conditions",
  title = "Work-permit conditions",
  domain = "right_to_work",
  dimension = "de_jure",
  weight = 1.5,
  instruments = {
    "ILO Guiding principles on the access of refugees and other forcibly displaced persons to the labour market (2016)",
    "1951 Refugee Convention, Art. 17",
  },
  reads = { "rtw.work_permit.required", "rtw.work_permit.employer_tied", "rtw.work_permit.labour_market_test" },
  action = {
    action = "Replace employer-tied permits and labour-market tests with an open permit, or none.",
    instrument = "ILO Guiding principles (2016)",
    outcome = 1,
    lead = "ILO",
    partners = { "ministry of labour", "employers' organisations" },
    pledge = "Issue refugees open work permits, not tied to one employer and without a labour-market test.",
  },
  evaluate = function(c)
    if not c:fact("rtw.work_permit.required") then
      return 1, "They need no work permit separate from their status document."
    end
    local tied = c:fact("rtw.work_permit.employer_tied")
    local test = c:fact("rtw.work_permit.labour_market_test")
    local score, notes = 2 / 3, { "They need a separate work permit" }
    if tied then
      score = score - 1 / 3
      notes[#notes + 1] = "tied to one employer"
    end
    if test then
      score = score - 1 / 3
      notes[#notes + 1] = "granted only after a labour-market test"
    end
    if not tied and not test then notes[#notes + 1] = "not tied to an employer, without a labour-market test" end
    return math.max(score, 0), table.concat(notes, ", ") .. "."
  end,
}
