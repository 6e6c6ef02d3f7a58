-- 1951 Convention Art. 24(1)(b) and ILO C102 Part VIII. Scoring: equal 1, partial 0.5, excluded 0.
return {
  id = "sp.maternity",
  title = "Maternity benefits",
  domain = "social_protection",
  dimension = "de_jure",
  weight = 1,
  instruments = {
    "1951 Refugee Convention, Art. 24(1)(b)",
    "ILO Social Security (Minimum Standards) Convention, 1952 (No. 102), Part VIII",
  },
  reads = { "sp.social_security.maternity" },
  action = {
    action = "Cover refugee workers by maternity benefits on the same terms as nationals.",
    instrument = "ILO Convention No. 102, Part VIII",
    outcome = 2,
    lead = "ILO",
    partners = { "social security institution", "ministry of labour", "women's organisations" },
    pledge = "Extend maternity protection to refugee workers.",
  },
  evaluate = function(c)
    local value = c:fact("sp.social_security.maternity")
    local score = score_of(value, { equal = 1, partial = 0.5, excluded = 0 })
    local why = {
      equal = "They receive maternity benefits as nationals do.",
      partial = "They receive maternity benefits with exclusions or conditions nationals do not face.",
      excluded = "They are not covered by maternity benefits.",
    }
    return score, why[value]
  end,
}
