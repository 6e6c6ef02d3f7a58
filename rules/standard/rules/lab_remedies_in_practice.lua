-- Rights at work are real only if a worker can bring a complaint without risking status.
-- Scoring: accessible 1, limited 0.5, inaccessible 0.
return {
  id = "lab.remedies_in_practice",
  title = "Labour complaints and remedies in practice",
  domain = "labour_rights",
  dimension = "de_facto",
  weight = 1.5,
  instruments = {
    "1951 Refugee Convention, Art. 16 (access to courts)",
    "ILO Guiding principles on the access of refugees and other forcibly displaced persons to the labour market (2016)",
  },
  reads = { "lab.remedies_accessible" },
  action = {
    action = "Open labour inspection and labour courts to refugee workers, with firewalls between complaints and immigration enforcement.",
    instrument = "1951 Refugee Convention, Art. 16",
    outcome = 2,
    lead = "ILO",
    partners = { "ministry of labour", "workers' organisations", "refugee-led organisations" },
    pledge = "Guarantee refugee workers access to labour complaint mechanisms without risk to their status.",
  },
  evaluate = function(c)
    local value = c:fact("lab.remedies_accessible")
    local score = score_of(value, { accessible = 1, limited = 0.5, inaccessible = 0 })
    local why = {
      accessible = "They can bring labour complaints, and cases are reported.",
      limited = "Complaints are possible in law but rarely brought (fear, cost, language, informality).",
      inaccessible = "They cannot bring labour complaints in practice.",
    }
    return score, why[value]
  end,
}
