-- Access to the national health system or insurance (1951 Convention Art. 24(1)(b); ILO R205 Part XI).
-- Scoring: equal 1, partial 0.5, humanitarian only 0.
return {
  id = "sp.health_coverage",
  title = "Health coverage through the national system",
  domain = "social_protection",
  dimension = "de_jure",
  weight = 1.5,
  instruments = {
    "1951 Refugee Convention, Art. 24(1)(b)",
    "ILO Recommendation No. 205 (2017), Part XI",
    "ILO Social Protection Floors Recommendation, 2012 (No. 202)",
  },
  reads = { "sp.health_coverage" },
  action = {
    action = "Include refugees in the national health system or insurance.",
    instrument = "ILO Recommendation No. 202; 1951 Refugee Convention, Art. 24",
    outcome = 2,
    lead = "joint",
    partners = { "ministry of health", "social security institution" },
    pledge = "Include refugees in national health insurance on the same terms as nationals.",
  },
  evaluate = function(c)
    local value = c:fact("sp.health_coverage")
    local score = score_of(value, { equal = 1, partial = 0.5, humanitarian_only = 0 })
    local why = {
      equal = "They use the national health system or insurance on the same terms as nationals.",
      partial = "They use the national system with limits (emergency care only, fees, time limits).",
      humanitarian_only = "They rely on humanitarian or parallel health services.",
    }
    return score, why[value]
  end,
}
