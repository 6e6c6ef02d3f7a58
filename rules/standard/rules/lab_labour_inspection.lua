-- ILO C81: inspection must protect workers, not only check permits. Scoring: regular 1, limited 0.5, absent 0.
return {
  id = "lab.labour_inspection",
  title = "Labour inspection reaches refugees' workplaces",
  domain = "labour_rights",
  dimension = "de_facto",
  weight = 1,
  instruments = {
    "ILO Labour Inspection Convention, 1947 (No. 81)",
    "ILO Guiding principles on the access of refugees and other forcibly displaced persons to the labour market (2016)",
  },
  reads = { "lab.labour_inspection_reach" },
  action = {
    action = "Extend labour inspection to sectors where refugees work, focused on working conditions rather than permits.",
    instrument = "ILO Convention No. 81",
    outcome = 2,
    lead = "ILO",
    partners = { "labour inspectorate", "workers' organisations" },
    pledge = "Include refugees' workplaces in labour inspection plans.",
  },
  evaluate = function(c)
    local value = c:fact("lab.labour_inspection_reach")
    local score = score_of(value, { regular = 1, limited = 0.5, absent = 0 })
    local why = {
      regular = "Labour inspection reaches the workplaces where they work and takes up their complaints.",
      limited = "Labour inspection rarely reaches their workplaces, or mainly checks permits.",
      absent = "Labour inspection does not reach their workplaces.",
    }
    return score, why[value]
  end,
}
