-- 1951 Convention Art. 24(1)(b) (social security, including employment injury) and ILO C102 Part VI.
-- Scoring: equal 1, partial 0.5, excluded 0.
return {
  id = "sp.employment_injury",
  title = "Employment-injury insurance",
  domain = "social_protection",
  dimension = "de_jure",
  weight = 1.5,
  instruments = {
    "1951 Refugee Convention, Art. 24(1)(b) and 24(2)",
    "ILO Social Security (Minimum Standards) Convention, 1952 (No. 102), Part VI",
    "ILO Equality of Treatment (Social Security) Convention, 1962 (No. 118)",
  },
  reads = { "sp.social_security.employment_injury" },
  action = {
    action = "Cover refugee workers by employment-injury insurance on the same terms as nationals.",
    instrument = "1951 Refugee Convention, Art. 24(1)(b); ILO Convention No. 102",
    outcome = 2,
    lead = "ILO",
    partners = { "social security institution", "ministry of labour", "employers' organisations" },
    pledge = "Enrol refugee workers in employment-injury insurance.",
  },
  evaluate = function(c)
    local value = c:fact("sp.social_security.employment_injury")
    local score = score_of(value, { equal = 1, partial = 0.5, excluded = 0 })
    local why = {
      equal = "They are covered by employment-injury insurance as nationals are.",
      partial = "They are covered with exclusions or conditions that nationals do not face.",
      excluded = "They are not covered by employment-injury insurance.",
    }
    return score, why[value]
  end,
}
