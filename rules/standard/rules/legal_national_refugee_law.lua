-- A national law on refugee status and rights is the basis for stable rights at work.
-- Scoring: a law 1, none 0.
return {
  id = "legal.national_refugee_law",
  title = "A national refugee law",
  domain = "right_to_work",
  dimension = "de_jure",
  weight = 1,
  instruments = { "Global Compact on Refugees, para. 61 (legal and policy frameworks)", "1951 Refugee Convention" },
  reads = { "law.national_refugee_law" },
  action = {
    action = "Adopt a national refugee law that sets out refugees' rights, including to work.",
    instrument = "Global Compact on Refugees, para. 61",
    outcome = 1,
    lead = "UNHCR",
    partners = { "ministry of interior", "parliament", "refugee-led organisations" },
    pledge = "Adopt a national asylum and refugee law.",
  },
  evaluate = function(c)
    if c:fact("law.national_refugee_law") then
      return 1, "A national law governs refugee status and rights."
    end
    return 0, "No national law governs refugee status and rights."
  end,
}
