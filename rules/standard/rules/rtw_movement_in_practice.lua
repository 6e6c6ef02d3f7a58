-- Checkpoints, confinement and refused travel permits keep refugees away from jobs whatever the law says.
-- Scoring: rarely restricted 1, sometimes 0.5, often 0.
return {
  id = "rtw.movement_in_practice",
  title = "Freedom of movement in practice",
  domain = "right_to_work",
  dimension = "de_facto",
  weight = 1,
  instruments = {
    "1951 Refugee Convention, Art. 26",
    "Global Compact on Refugees indicator framework, Objective 2 (freedom of movement)",
  },
  reads = { "rtw_practice.movement_restricted_in_practice" },
  action = {
    action = "End arbitrary movement restrictions and checkpoints that keep refugees from jobs.",
    instrument = "1951 Refugee Convention, Art. 26",
    outcome = 1,
    lead = "UNHCR",
    partners = { "ministry of interior", "local authorities" },
    pledge = "Guarantee refugees' freedom of movement in practice.",
  },
  evaluate = function(c)
    local value = c:fact("rtw_practice.movement_restricted_in_practice")
    local score = score_of(value, { rarely = 1, sometimes = 0.5, often = 0 })
    local why = {
      rarely = "Their movement is rarely restricted in practice.",
      sometimes = "Their movement is sometimes restricted in practice (checkpoints, permits refused).",
      often = "Their movement is often or systematically restricted in practice.",
    }
    return score, why[value]
  end,
}
