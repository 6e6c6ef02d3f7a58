-- Freedom of association (ILO C87; 1951 Convention Art. 15 on trade unions).
-- Scoring: full 1, join only 0.5, none 0.
return {
  id = "lab.union_rights",
  title = "Right to join and form trade unions",
  domain = "labour_rights",
  dimension = "de_jure",
  weight = 1,
  instruments = {
    "ILO Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87)",
    "1951 Refugee Convention, Art. 15",
  },
  reads = { "lab.union_rights" },
  action = {
    action = "Allow refugees to join, form and lead trade unions.",
    instrument = "ILO Convention No. 87",
    outcome = 2,
    lead = "ILO",
    partners = { "workers' organisations", "ministry of labour" },
    pledge = "Recognise refugees' freedom of association on the same terms as nationals.",
  },
  evaluate = function(c)
    local value = c:fact("lab.union_rights")
    local score = score_of(value, { full = 1, join_only = 0.5, none = 0 })
    local why = {
      full = "They may join, form and lead trade unions as nationals do.",
      join_only = "They may join unions but not found them or hold office.",
      none = "They may not join trade unions.",
    }
    return score, why[value]
  end,
}
