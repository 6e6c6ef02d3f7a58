-- Whether refugees who work are actually registered with social security.
-- Scoring: common 1, partial 0.5, rare 0.
return {
  id = "sp.social_security_in_practice",
  title = "Social security registration in practice",
  domain = "social_protection",
  dimension = "de_facto",
  weight = 1.5,
  instruments = {
    "1951 Refugee Convention, Art. 24(1)(b)",
    "ILO Recommendation No. 205 (2017), Part XI",
  },
  reads = { "sp.social_security_registration_in_practice" },
  action = {
    action = "Register refugee workers with social security, with employer incentives and simple documents.",
    instrument = "ILO Convention No. 102; 1951 Refugee Convention, Art. 24",
    outcome = 2,
    lead = "ILO",
    partners = { "social security institution", "employers' organisations" },
    pledge = "Register refugee workers with the national social security scheme.",
  },
  evaluate = function(c)
    local value = c:fact("sp.social_security_registration_in_practice")
    local score = score_of(value, { common = 1, partial = 0.5, rare = 0 })
    local why = {
      common = "Most refugees who work are registered with social security.",
      partial = "A minority of refugees who work are registered with social security.",
      rare = "Few refugees who work are registered with social security.",
    }
    return score, why[value]
  end,
}
