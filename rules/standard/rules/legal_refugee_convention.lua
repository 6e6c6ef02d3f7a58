-- Party to the 1951 Convention or its 1967 Protocol, and reservations that limit the work and social articles.
-- Scoring: not party 0; party 1, less 1/2 for a reservation on all of Art. 17 (or 1/4 for Art. 17(2) only),
-- and 1/8 for each reservation on Arts. 18, 19 or 24; never below 0. A party that keeps the geographic limitation
-- (Art. 1B(1)(a): only refugees from events in Europe) is capped at 1/4: the work and social articles do not
-- bind it towards refugees from elsewhere, who are most refugees in the countries that keep it.
return {
  id = "legal.refugee_convention",
  title = "Bound by the Refugee Convention's work and social articles",
  domain = "right_to_work",
  dimension = "de_jure",
  weight = 1.5,
  instruments = {
    "1951 Convention relating to the Status of Refugees, Arts. 17, 18, 19, 24",
    "1967 Protocol relating to the Status of Refugees",
  },
  reads = {
    "intl.refugee_convention_1951.party",
    "intl.refugee_protocol_1967.party",
    "intl.refugee_convention_1951.reservations",
  },
  action = {
    action = "Accede to the 1951 Convention and 1967 Protocol, or withdraw reservations to Articles 17, 18, 19 and 24.",
    instrument = "1951 Refugee Convention, Arts. 17-19 and 24",
    outcome = 1,
    lead = "UNHCR",
    partners = { "ministry of foreign affairs", "ministry of interior", "parliament" },
    pledge = "Withdraw reservations to the Refugee Convention's articles on work and social security.",
    -- The ask that fits what evaluate found (its third return value): a non-party cannot withdraw reservations.
    asks = {
      not_party = {
        action = "Accede to the 1951 Convention and its 1967 Protocol without reservations to Articles 17-19 and 24; "
          .. "meanwhile, grant their rights to work and to social security in national law.",
        instrument = "1951 Refugee Convention and 1967 Protocol, as the standard to adopt (the country is not a party)",
        pledge = "Accede to the 1951 Convention and its 1967 Protocol.",
      },
      reservations = {
        action = "Withdraw the reservations that limit Articles 17, 18, 19 or 24.",
        instrument = "1951 Refugee Convention, Arts. 17-19 and 24 (binding on the country, with its reservations)",
        pledge = "Withdraw reservations to the Refugee Convention's articles on work and social security.",
      },
      geographic_limitation = {
        action = "Lift the geographic limitation, so the Convention's work and social articles protect refugees "
          .. "from every region.",
        instrument = "1967 Protocol, Art. I(3), and 1951 Refugee Convention, Art. 1B(2)",
        pledge = "Withdraw the geographic limitation to the 1951 Convention.",
      },
    },
  },
  evaluate = function(c)
    local convention = c:fact("intl.refugee_convention_1951.party")
    local protocol = c:fact("intl.refugee_protocol_1967.party")
    if not convention and not protocol then
      return 0, "Not a party to the 1951 Convention or the 1967 Protocol.", "not_party"
    end
    local reservations = c:fact("intl.refugee_convention_1951.reservations")
    local score, limits = 1, {}
    if contains(reservations, "art17") then
      score = score - 1 / 2
      limits[#limits + 1] = "Art. 17 (wage employment)"
    elseif contains(reservations, "art17_2") then
      score = score - 1 / 4
      limits[#limits + 1] = "Art. 17(2)"
    end
    for _, article in ipairs({ { "art18", "Art. 18 (self-employment)" }, { "art19", "Art. 19 (liberal professions)" },
                               { "art24", "Art. 24 (labour law and social security)" } }) do
      if contains(reservations, article[1]) then
        score = score - 1 / 8
        limits[#limits + 1] = article[2]
      end
    end
    local why
    if #limits == 0 then
      why = "A party with no reservation on the articles on work and social security"
    else
      why = "A party, with reservations on " .. table.concat(limits, ", ")
    end
    if contains(reservations, "geographic_limitation") then
      return math.min(math.max(score, 0), 1 / 4),
        why .. "; but it keeps the geographic limitation, so the Convention binds it only towards refugees from events in Europe.",
        "geographic_limitation"
    end
    return math.max(score, 0), why .. ".", #limits > 0 and "reservations" or nil
  end,
}
