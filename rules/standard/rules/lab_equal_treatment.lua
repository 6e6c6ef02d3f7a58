-- 1951 Convention Art. 24(1)(a): the same treatment as nationals in remuneration, hours, overtime, holidays,
-- minimum age and similar matters. Scoring: equal 1, partial 0.5, excluded 0.
return {
  id = "lab.equal_treatment",
  title = "Equal treatment under labour law",
  domain = "labour_rights",
  dimension = "de_jure",
  weight = 2,
  instruments = {
    "1951 Refugee Convention, Art. 24(1)(a) (labour legislation)",
    "ILO Discrimination (Employment and Occupation) Convention, 1958 (No. 111)",
  },
  reads = { "lab.equal_treatment_in_labour_law" },
  action = {
    action = "Extend every labour-law protection to refugees, whatever their permit status.",
    instrument = "1951 Refugee Convention, Art. 24(1)(a)",
    outcome = 2,
    lead = "ILO",
    partners = { "ministry of labour", "workers' organisations" },
    pledge = "Apply labour law to refugee workers on the same terms as to nationals.",
  },
  evaluate = function(c)
    local value = c:fact("lab.equal_treatment_in_labour_law")
    local score = score_of(value, { equal = 1, partial = 0.5, excluded = 0 })
    local why = {
      equal = "Labour law (wages, hours, safety, minimum age) protects them as it protects nationals.",
      partial = "Some labour-law protections do not reach them, or only with a permit.",
      excluded = "They are outside labour-law protection.",
    }
    return score, why[value]
  end,
}
