-- Harassment, fines, arrest or deportation for working make the right to work unusable in practice.
-- Scoring: rare 1, occasional 0.5, common 0.
return {
  id = "rtw.harassment_for_working",
  title = "Safety from harassment and arrest for working",
  domain = "right_to_work",
  dimension = "de_facto",
  weight = 1,
  instruments = {
    "1951 Refugee Convention, Arts. 17 and 26",
    "ILO Recommendation No. 205 (2017), Part XI (refugees and returnees)",
  },
  reads = { "rtw_practice.harassment_for_working" },
  action = {
    action = "End arrests and fines of refugees for working, and instruct police and labour officials accordingly.",
    instrument = "1951 Refugee Convention, Art. 17",
    outcome = 2,
    lead = "UNHCR",
    partners = { "ministry of interior", "ministry of labour", "refugee-led organisations" },
    pledge = "Stop penalising refugees for working while permit procedures are reformed.",
  },
  evaluate = function(c)
    local value = c:fact("rtw_practice.harassment_for_working")
    local score = score_of(value, { rare = 1, occasional = 0.5, common = 0 })
    local why = {
      rare = "Harassment or arrest for working is rarely reported.",
      occasional = "Harassment, fines or arrest for working are reported from time to time.",
      common = "Harassment, fines, arrest or deportation for working are reported as common.",
    }
    return score, why[value]
  end,
}
