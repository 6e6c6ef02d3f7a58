-- Whether refugees can use health services in practice (cost, documents, distance).
-- Scoring: generally 1, with barriers 0.5, rarely 0.
return {
  id = "sp.health_access_in_practice",
  title = "Health care used in practice",
  domain = "social_protection",
  dimension = "de_facto",
  weight = 1,
  instruments = {
    "ILO Social Protection Floors Recommendation, 2012 (No. 202)",
    "Global Compact on Refugees, paras. 72-73 (health)",
  },
  reads = { "sp.health_access_in_practice" },
  action = {
    action = "Remove cost and document barriers to health care for refugees.",
    instrument = "ILO Recommendation No. 202",
    outcome = 2,
    lead = "joint",
    partners = { "ministry of health", "health insurance fund" },
    pledge = "Remove user fees and document barriers to health care for refugees.",
  },
  evaluate = function(c)
    local value = c:fact("sp.health_access_in_practice")
    local score = score_of(value, { generally = 1, with_barriers = 0.5, rarely = 0 })
    local why = {
      generally = "They are generally able to use health services.",
      with_barriers = "They can use health services, but cost, documents or distance stop many.",
      rarely = "They are rarely able to use health services.",
    }
    return score, why[value]
  end,
}
