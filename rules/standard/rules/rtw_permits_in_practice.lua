-- The de facto right to work: whether those who seek legal work get it (the Global Refugee Work Rights Report's
-- de facto score decides its final rating). Scoring: generally 1, with difficulty 0.5, rarely 0.
return {
  id = "rtw.permits_in_practice",
  title = "Legal work obtainable in practice",
  domain = "right_to_work",
  dimension = "de_facto",
  weight = 2,
  instruments = {
    "1951 Refugee Convention, Art. 17",
    "Global Compact on Refugees indicator framework, Objective 2 (access to decent work)",
  },
  reads = { "rtw_practice.permits_obtainable" },
  action = {
    action = "Simplify and speed up permit procedures and inform employers that refugees may be hired.",
    instrument = "ILO Guiding principles on the access of refugees and other forcibly displaced persons to the labour market (2016)",
    outcome = 1,
    lead = "ILO",
    partners = { "ministry of labour", "employers' organisations", "refugee-led organisations" },
    pledge = "Issue work permits to refugees within a set time, through one simple procedure.",
  },
  evaluate = function(c)
    local value = c:fact("rtw_practice.permits_obtainable")
    local score = score_of(value, { generally = 1, with_difficulty = 0.5, rarely = 0 })
    local why = {
      generally = "Most who seek legal work obtain it.",
      with_difficulty = "Legal work is possible, but cost, procedure or employers' reluctance stop many.",
      rarely = "Few obtain legal work in practice.",
    }
    return score, why[value]
  end,
}
