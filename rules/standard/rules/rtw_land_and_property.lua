-- 1951 Convention Art. 13: movable and immovable property; land matters for farming and business premises.
-- Scoring: allowed 1, restricted 0.5, not allowed 0.
return {
  id = "rtw.land_and_property",
  title = "Owning or leasing land and property",
  domain = "right_to_work",
  dimension = "de_jure",
  weight = 0.5,
  instruments = {
    "1951 Refugee Convention, Art. 13 (movable and immovable property)",
  },
  reads = { "prop.land_and_property" },
  action = {
    action = "Allow refugees to lease and own land and business premises on the terms of other foreigners.",
    instrument = "1951 Refugee Convention, Art. 13",
    outcome = 3,
    lead = "UNHCR",
    partners = { "ministry of lands", "local authorities" },
    pledge = "Allow refugees to access land for farming and business.",
  },
  evaluate = function(c)
    local value = c:fact("prop.land_and_property")
    local score = score_of(value, { allowed = 1, restricted = 0.5, not_allowed = 0 })
    local why = {
      allowed = "They can own or lease land and property like other foreigners.",
      restricted = "They can lease but not own, or only with permission.",
      not_allowed = "They can neither own nor lease land and property.",
    }
    return score, why[value]
  end,
}
