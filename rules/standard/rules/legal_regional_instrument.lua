-- A regional refugee instrument that binds the country: the OAU Convention (1969, its own fact, from the African
-- Union's status list), or Cartagena 1984 in national law, EU asylum law, the Arab Convention 1994.
-- Scoring: bound by at least one 1, none 0. The OAU fact is read first: a party needs nothing else.
local names = {
  cartagena_1984 = "the Cartagena Declaration's refugee definition, in national law",
  eu_asylum_acquis = "European Union asylum law",
  arab_1994 = "the Arab Convention on Regulating Status of Refugees (1994)",
}

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
  reads = { "intl.oau_refugee_convention_1969.party", "intl.regional_refugee_instruments" },
  action = {
    action = "Ratify the regional refugee instrument, or incorporate its refugee definition in national law.",
    instrument = "OAU Convention (1969) / Cartagena Declaration (1984)",
    outcome = 1,
    lead = "UNHCR",
    partners = { "ministry of foreign affairs", "regional organisations" },
    pledge = "Ratify or incorporate the regional refugee instrument.",
  },
  evaluate = function(c)
    if c:fact("intl.oau_refugee_convention_1969.party") then
      return 1, "A party to the OAU Refugee Convention (1969)."
    end
    local instruments = c:fact("intl.regional_refugee_instruments")
    if #instruments == 0 then
      return 0, "No regional refugee instrument binds the country."
    end
    local bound = {}
    for _, id in ipairs(instruments) do bound[#bound + 1] = names[id] or id end
    return 1, "Bound by " .. table.concat(bound, "; ") .. "."
  end,
}
