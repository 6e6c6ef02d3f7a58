-- 1951 Convention Art. 19: liberal professions (medicine, law, engineering) for refugees with recognised diplomas.
-- Scoring: full 1, restricted 0.5, none 0.
return {
  id = "rtw.liberal_professions",
  title = "Access to liberal professions",
  domain = "right_to_work",
  dimension = "de_jure",
  weight = 0.5,
  instruments = {
    "1951 Refugee Convention, Art. 19 (liberal professions)",
  },
  reads = { "rtw.liberal_professions" },
  action = {
    action = "Open liberal professions to refugees with recognised qualifications.",
    instrument = "1951 Refugee Convention, Art. 19",
    outcome = 1,
    lead = "UNHCR",
    partners = { "professional associations", "ministry of labour" },
    pledge = "Allow refugees to practise regulated professions once their qualifications are recognised.",
  },
  evaluate = function(c)
    local value = c:fact("rtw.liberal_professions")
    local score = score_of(value, { full = 1, restricted = 0.5, none = 0 })
    local why = {
      full = "They may practise liberal professions as nationals do, once their diplomas are recognised.",
      restricted = "Some liberal professions are reserved for nationals.",
      none = "Liberal professions are reserved for nationals.",
    }
    return score, why[value]
  end,
}
