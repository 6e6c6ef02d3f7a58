-- ILO C142 and R205 Part XI: skills for jobs. Scoring: equal 1, partial 0.5, excluded 0.
return {
  id = "sp.vocational_training",
  title = "Vocational training and apprenticeships",
  domain = "social_protection",
  dimension = "de_jure",
  weight = 1,
  instruments = {
    "ILO Human Resources Development Convention, 1975 (No. 142)",
    "ILO Recommendation No. 205 (2017), Part XI",
  },
  reads = { "sp.vocational_training" },
  action = {
    action = "Open public vocational training and apprenticeships to refugees.",
    instrument = "ILO Recommendation No. 205, Part XI",
    outcome = 3,
    lead = "ILO",
    partners = { "training authority", "employers' organisations", "workers' organisations" },
    pledge = "Include refugees in national skills and apprenticeship programmes.",
  },
  evaluate = function(c)
    local value = c:fact("sp.vocational_training")
    local score = score_of(value, { equal = 1, partial = 0.5, excluded = 0 })
    local why = {
      equal = "They join public vocational training and apprenticeships as nationals do.",
      partial = "They join some training programmes, or with conditions.",
      excluded = "Public vocational training is closed to them.",
    }
    return score, why[value]
  end,
}
