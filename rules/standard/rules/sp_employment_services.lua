-- ILO C88 and R205 Part XI: job matching and active labour-market programmes open to refugees.
-- Scoring: equal 1, partial 0.5, excluded 0.
return {
  id = "sp.employment_services",
  title = "Public employment services",
  domain = "social_protection",
  dimension = "de_jure",
  weight = 1,
  instruments = {
    "ILO Employment Service Convention, 1948 (No. 88)",
    "ILO Recommendation No. 205 (2017), Part XI",
  },
  reads = { "sp.employment_services" },
  action = {
    action = "Open public employment services and active labour-market programmes to refugees.",
    instrument = "ILO Recommendation No. 205, Part XI",
    outcome = 3,
    lead = "ILO",
    partners = { "public employment service", "employers' organisations" },
    pledge = "Register refugees with public employment services on the same terms as nationals.",
  },
  evaluate = function(c)
    local value = c:fact("sp.employment_services")
    local score = score_of(value, { equal = 1, partial = 0.5, excluded = 0 })
    local why = {
      equal = "They use public employment services as nationals do.",
      partial = "They use some public employment services, or with conditions.",
      excluded = "Public employment services are closed to them.",
    }
    return score, why[value]
  end,
}
