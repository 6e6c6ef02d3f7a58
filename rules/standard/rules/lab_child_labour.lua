-- ILO C138 and C182; displacement raises the risk of child labour. Scoring: rare 1, reported 0.5, widespread 0.
return {
  id = "lab.child_labour",
  title = "Protection from child labour in practice",
  domain = "labour_rights",
  dimension = "de_facto",
  weight = 1,
  instruments = {
    "ILO Minimum Age Convention, 1973 (No. 138)",
    "ILO Worst Forms of Child Labour Convention, 1999 (No. 182)",
  },
  reads = { "lab.child_labour_reported" },
  action = {
    action = "Reach refugee children in child-labour monitoring, and link families to schooling and income support.",
    instrument = "ILO Conventions Nos. 138 and 182",
    outcome = 2,
    lead = "joint",
    partners = { "ministry of labour", "ministry of education", "UNICEF" },
    pledge = "Include refugee children in national plans against child labour.",
  },
  evaluate = function(c)
    local value = c:fact("lab.child_labour_reported")
    local score = score_of(value, { rare = 1, reported = 0.5, widespread = 0 })
    local why = {
      rare = "Child labour among them is rarely reported.",
      reported = "Child labour among them is reported.",
      widespread = "Child labour among them is reported as widespread.",
    }
    return score, why[value]
  end,
}
