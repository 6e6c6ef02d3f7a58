-- Party to the International Covenant on Economic, Social and Cultural Rights (right to work, Art. 6; just
-- conditions, Art. 7; social security, Art. 9), and reservations that limit them for non-nationals.
-- Scoring: not party 0; party 1, less 1/4 for each limiting reservation (Art. 2(3), 6, 7, 9); floor 0.
return {
  id = "legal.icescr",
  title = "Bound by the Covenant on Economic, Social and Cultural Rights",
  domain = "right_to_work",
  dimension = "de_jure",
  weight = 0.5,
  instruments = { "International Covenant on Economic, Social and Cultural Rights, Arts. 2(3), 6, 7, 9" },
  reads = { "intl.icescr.party", "intl.icescr.reservations" },
  action = {
    action = "Ratify the ICESCR, or withdraw reservations that limit non-nationals' rights to work and social security.",
    instrument = "ICESCR, Arts. 6, 7 and 9",
    outcome = 1,
    lead = "joint",
    partners = { "ministry of foreign affairs", "national human rights institution" },
    pledge = "Withdraw reservations that limit refugees' economic and social rights under the ICESCR.",
    asks = {
      not_party = {
        action = "Ratify the ICESCR without reservations limiting non-nationals' rights to work and social security.",
        instrument = "ICESCR, Arts. 6, 7 and 9, as the standard to adopt (the country is not a party)",
        pledge = "Ratify the International Covenant on Economic, Social and Cultural Rights.",
      },
      reservations = {
        action = "Withdraw the reservations that limit non-nationals' rights to work and social security.",
        instrument = "ICESCR, Arts. 2(3), 6, 7 and 9 (binding on the country, with its reservations)",
        pledge = "Withdraw reservations that limit refugees' economic and social rights under the ICESCR.",
      },
    },
  },
  evaluate = function(c)
    if not c:fact("intl.icescr.party") then
      return 0, "Not a party to the ICESCR.", "not_party"
    end
    local reservations = c:fact("intl.icescr.reservations")
    local relevant = {}
    for _, a in ipairs({ "art2_3", "art6", "art7", "art9" }) do
      if contains(reservations, a) then relevant[#relevant + 1] = a end
    end
    if #relevant == 0 then
      return 1, "A party with no reservation limiting the rights to work and social security of non-nationals."
    end
    return math.max(1 - #relevant / 4, 0), "A party, with reservations on " .. table.concat(relevant, ", ") .. ".",
      "reservations"
  end,
}
