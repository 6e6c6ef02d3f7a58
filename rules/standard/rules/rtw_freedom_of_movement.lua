-- Freedom of movement (1951 Convention Art. 26) decides whether refugees can reach jobs; the Global Refugee Work
-- Rights Report scores it with work rights. Scoring MIPEX-style: free 1, conditional 0.5, encampment 0.
return {
  id = "rtw.freedom_of_movement",
  title = "Freedom of movement and choice of residence",
  domain = "right_to_work",
  dimension = "de_jure",
  weight = 1.5,
  instruments = {
    "1951 Refugee Convention, Art. 26 (freedom of movement)",
    "Global Compact on Refugees indicator framework, Objective 2 (freedom of movement)",
  },
  reads = { "mov.freedom_of_movement" },
  action = {
    action = "Lift encampment and travel-permit requirements so refugees can move to where jobs are.",
    instrument = "1951 Refugee Convention, Art. 26",
    outcome = 1,
    lead = "UNHCR",
    partners = { "ministry of interior", "refugee-led organisations" },
    pledge = "Allow refugees to live and work outside camps and designated areas.",
  },
  evaluate = function(c)
    local value = c:fact("mov.freedom_of_movement")
    local score = score_of(value, { free = 1, conditional = 0.5, encampment = 0 })
    local why = {
      free = "They may move and choose where to live like other foreigners.",
      conditional = "They must live in an assigned area or ask permission to travel or move.",
      encampment = "They must live in camps or settlements, which cuts them off from most jobs.",
    }
    return score, why[value]
  end,
}
