-- The share of employed members of the group who work formally (contract, permit or social security
-- registration), from a survey or official figure. Scoring: the share itself.
return {
  id = "rtw.formal_employment",
  title = "Formal employment among those who work",
  domain = "right_to_work",
  dimension = "de_facto",
  weight = 1.5,
  instruments = {
    "ILO Transition from the Informal to the Formal Economy Recommendation, 2015 (No. 204)",
    "Global Compact on Refugees indicator framework, Objective 2 (access to decent work)",
  },
  reads = { "rtw_practice.formal_employment_share" },
  action = {
    action = "Support formalisation: simple permits, employer incentives and social security registration for refugee workers.",
    instrument = "ILO Recommendation No. 204",
    outcome = 3,
    lead = "ILO",
    partners = { "ministry of labour", "social security institution", "employers' organisations" },
    pledge = "Set a target for formal employment of refugees and report on it.",
  },
  evaluate = function(c)
    local share = c:fact("rtw_practice.formal_employment_share")
    return share, string.format("%.0f%% of those who work do so formally.", share * 100)
  end,
}
