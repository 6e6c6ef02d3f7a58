-- 1951 Convention Art. 24(1)(b) and ILO C102 Part IV. Scoring: equal 1, partial 0.5, excluded 0.
return {
  id = "sp.unemployment",
  title = "Unemployment benefits",
  domain = "social_protection",
  dimension = "de_jure",
  weight = 1,
  instruments = {
    "1951 Refugee Convention, Art. 24(1)(b)",
    "ILO Social Security (Minimum Standards) Convention, 1952 (No. 102), Part IV",
  },
  reads = { "sp.social_security.unemployment" },
  action = {
    action = "Cover refugee workers by unemployment insurance on the same terms as nationals.",
    instrument = "ILO Convention No. 102, Part IV",
    outcome = 2,
    lead = "ILO",
    partners = { "social security institution", "ministry of labour" },
    pledge = "Extend unemployment insurance to refugee workers.",
  },
  evaluate = function(c)
    local value = c:fact("sp.social_security.unemployment")
    local score = score_of(value, { equal = 1, partial = 0.5, excluded = 0 })
    local why = {
      equal = "They receive unemployment benefits as nationals do.",
      partial = "They receive unemployment benefits with exclusions or conditions nationals do not face.",
      excluded = "They are not covered by unemployment benefits.",
    }
    return score, why[value]
  end,
}
