-- 1951 Convention Art. 24(1)(b) and 24(2)-(3) (rights in course of acquisition), ILO C102 Part V.
-- Scoring: equal 1, partial 0.5, excluded 0.
return {
  id = "sp.old_age",
  title = "Old-age pensions",
  domain = "social_protection",
  dimension = "de_jure",
  weight = 1,
  instruments = {
    "1951 Refugee Convention, Art. 24(1)(b) and 24(3)",
    "ILO Social Security (Minimum Standards) Convention, 1952 (No. 102), Part V",
  },
  reads = { "sp.social_security.old_age" },
  action = {
    action = "Cover refugee workers by old-age pensions, with portability or refund when they leave.",
    instrument = "1951 Refugee Convention, Art. 24(3)",
    outcome = 2,
    lead = "ILO",
    partners = { "social security institution" },
    pledge = "Include refugee workers in the pension scheme, with portable rights.",
  },
  evaluate = function(c)
    local value = c:fact("sp.social_security.old_age")
    local score = score_of(value, { equal = 1, partial = 0.5, excluded = 0 })
    local why = {
      equal = "They build old-age pension rights as nationals do.",
      partial = "They build old-age pension rights with exclusions or conditions (for example no portability).",
      excluded = "They are not covered by old-age pensions.",
    }
    return score, why[value]
  end,
}
