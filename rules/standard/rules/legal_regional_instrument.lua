-- A regional refugee instrument that binds the country (OAU 1969, Cartagena 1984 in national law, EU asylum
-- law, Arab Convention 1994). Scoring: at least one 1, none 0.
return {
  id = "legal.regional_instrument",
  title = "Bound by a regional refugee instrument",
  domain = "right_to_work",
  dimension = "de_jure",
  weight = 0.5,
  instruments = {
    "OAU Convention Governing the Specific Aspects of Refugee Problems in Africa (1969)",
    "Cartagena Declaration on Refugees (1984)",
  },
  reads = { "intl.regional_refugee_instruments" },
  action = {
    action = "Ratify the regional refugee instrument, or incorporate its refugee definition in national law.",
    instrument = "OAU Convention (1969) / Cartagena Declaration (1984)",
    outcome = 1,
    lead = "UNHCR",
    partners = { "ministry of foreign affairs", "regional organisations" },
    pledge = "Ratify or incorporate the regional refugee instrument.",
  },
  evaluate = function(c)
    local instruments = c:fact("intl.regional_refugee_instruments")
    if #instruments == 0 then
      return 0, "No regional refugee instrument binds the country."
    end
    return 1, "Bound by: " .. table.concat(instruments, ", ") .. "."
  end,
}
