-- Losing cash or food assistance on taking a work permit pushes refugees into informal work.
-- Scoring: assistance kept 1, assistance lost 0.
return {
  id = "sp.assistance_kept_when_working",
  title = "Assistance not lost on taking formal work",
  domain = "social_protection",
  dimension = "de_jure",
  weight = 1,
  instruments = {
    "ILO Guiding principles on the access of refugees and other forcibly displaced persons to the labour market (2016)",
    "Global Compact on Refugees, paras. 70-71 (jobs and livelihoods)",
  },
  reads = { "sp.assistance_lost_when_working" },
  action = {
    action = "Phase assistance out gradually after a refugee takes formal work instead of cutting it at once.",
    instrument = "Global Compact on Refugees, paras. 70-71",
    outcome = 3,
    lead = "UNHCR",
    partners = { "humanitarian agencies", "ministry of social affairs" },
    pledge = "Keep assistance for a transition period after refugees start formal work.",
  },
  evaluate = function(c)
    local value = c:fact("sp.assistance_lost_when_working")
    local score = score_of(value, { [false] = 1, [true] = 0 })
    local why = {
      [false] = "Taking formal work does not cost them their assistance.",
      [true] = "They lose cash or food assistance when they take formal work, a disincentive to working legally.",
    }
    return score, why[value]
  end,
}
