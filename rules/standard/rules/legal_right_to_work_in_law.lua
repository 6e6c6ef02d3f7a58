-- Whether national law itself grants the group the right to work, or leaves it to general rules for foreigners.
-- Scoring MIPEX-style: explicit 1, general foreigner rules 0.5, none 0.
return {
  id = "legal.right_to_work_in_law",
  title = "A national law grants the right to work",
  domain = "right_to_work",
  dimension = "de_jure",
  weight = 1,
  instruments = {
    "1951 Refugee Convention, Art. 17",
    "ILO Guiding principles on the access of refugees and other forcibly displaced persons to the labour market (2016)",
  },
  reads = { "law.right_to_work_in_law" },
  action = {
    action = "Write the right to work into national refugee law, so it does not depend on general rules for foreigners.",
    instrument = "1951 Refugee Convention, Art. 17",
    outcome = 1,
    lead = "joint",
    partners = { "ministry of labour", "ministry of interior", "parliament" },
    pledge = "Enact a national provision granting refugees the right to work.",
  },
  evaluate = function(c)
    local value = c:fact("law.right_to_work_in_law")
    local score = score_of(value, { explicit = 1, general_foreigner_rules = 0.5, none = 0 })
    local why = {
      explicit = "A national law expressly grants them the right to work.",
      general_foreigner_rules = "No refugee-specific provision: they work under the general rules for foreigners.",
      none = "National law gives them no right to work.",
    }
    return score, why[value]
  end,
}
