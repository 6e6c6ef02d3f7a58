-- ILO C29 and its 2014 Protocol, C105. Scoring: rare 1, reported 0.5, widespread 0.
return {
  id = "lab.forced_labour",
  title = "Protection from forced labour in practice",
  domain = "labour_rights",
  dimension = "de_facto",
  weight = 1,
  instruments = {
    "ILO Forced Labour Convention, 1930 (No. 29)",
    "ILO Abolition of Forced Labour Convention, 1957 (No. 105)",
  },
  reads = { "lab.forced_labour_reported" },
  action = {
    action = "Identify and protect refugees in forced labour, with access to remedies whatever their permit status.",
    instrument = "ILO Protocol of 2014 to the Forced Labour Convention",
    outcome = 2,
    lead = "ILO",
    partners = { "labour inspectorate", "police", "workers' organisations" },
    pledge = "Protect refugee victims of forced labour and trafficking.",
  },
  evaluate = function(c)
    local value = c:fact("lab.forced_labour_reported")
    local score = score_of(value, { rare = 1, reported = 0.5, widespread = 0 })
    local why = {
      rare = "Forced labour among them is rarely reported.",
      reported = "Forced labour, debt bondage or labour trafficking among them is reported.",
      widespread = "Forced labour among them is reported as widespread.",
    }
    return score, why[value]
  end,
}
