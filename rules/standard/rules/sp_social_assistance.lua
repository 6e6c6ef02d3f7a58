-- 1951 Convention Art. 23 (public relief) and ILO R202 social protection floors.
-- Scoring: equal 1, partial 0.5, excluded 0.
return {
  id = "sp.social_assistance",
  title = "National social assistance",
  domain = "social_protection",
  dimension = "de_jure",
  weight = 1.5,
  instruments = {
    "1951 Refugee Convention, Art. 23 (public relief)",
    "ILO Social Protection Floors Recommendation, 2012 (No. 202)",
  },
  reads = { "sp.social_assistance" },
  action = {
    action = "Include refugees in national social assistance and safety nets.",
    instrument = "1951 Refugee Convention, Art. 23; ILO Recommendation No. 202",
    outcome = 2,
    lead = "joint",
    partners = { "ministry of social affairs", "World Bank", "humanitarian agencies" },
    pledge = "Include refugees in the national social protection system.",
  },
  evaluate = function(c)
    local value = c:fact("sp.social_assistance")
    local score = score_of(value, { equal = 1, partial = 0.5, excluded = 0 })
    local why = {
      equal = "They have access to national social assistance as nationals do.",
      partial = "They have access to some national social assistance programmes, or with conditions.",
      excluded = "They have no access to national social assistance, only to humanitarian aid.",
    }
    return score, why[value]
  end,
}
