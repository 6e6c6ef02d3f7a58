-- Whether refugees actually hold valid documents. Scoring: widespread 1, partial 0.5, rare 0.
return {
  id = "rtw.documentation_in_practice",
  title = "Documents held in practice",
  domain = "right_to_work",
  dimension = "de_facto",
  weight = 1,
  instruments = {
    "1951 Refugee Convention, Art. 27",
    "Global Compact on Refugees, para. 82 (civil registration and documentation)",
  },
  reads = { "doc.documentation_in_practice" },
  action = {
    action = "Register and document refugees quickly, and renew documents without gaps.",
    instrument = "Global Compact on Refugees, para. 82",
    outcome = 1,
    lead = "UNHCR",
    partners = { "ministry of interior", "civil registry" },
    pledge = "Register and document all refugees within a set time.",
  },
  evaluate = function(c)
    local value = c:fact("doc.documentation_in_practice")
    local score = score_of(value, { widespread = 1, partial = 0.5, rare = 0 })
    local why = {
      widespread = "Most of them hold valid documents.",
      partial = "Many of them lack valid documents or wait long for them.",
      rare = "Few of them hold valid documents.",
    }
    return score, why[value]
  end,
}
