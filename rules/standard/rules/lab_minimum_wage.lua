-- 1951 Convention Art. 24(1)(a) (remuneration) and ILO C131. Scoring: applies 1, does not apply 0.
return {
  id = "lab.minimum_wage",
  title = "The minimum wage applies",
  domain = "labour_rights",
  dimension = "de_jure",
  weight = 1,
  instruments = {
    "1951 Refugee Convention, Art. 24(1)(a)",
    "ILO Minimum Wage Fixing Convention, 1970 (No. 131)",
  },
  reads = { "lab.minimum_wage_applies" },
  action = {
    action = "Apply the national minimum wage to refugee workers.",
    instrument = "1951 Refugee Convention, Art. 24(1)(a)",
    outcome = 2,
    lead = "ILO",
    partners = { "ministry of labour", "workers' organisations", "employers' organisations" },
    pledge = "Guarantee refugee workers the national minimum wage.",
  },
  evaluate = function(c)
    local value = c:fact("lab.minimum_wage_applies")
    local score = score_of(value, { [true] = 1, [false] = 0 })
    local why = {
      [true] = "The national minimum wage applies to them in legal employment.",
      [false] = "The national minimum wage does not apply to them.",
    }
    return score, why[value]
  end,
}
