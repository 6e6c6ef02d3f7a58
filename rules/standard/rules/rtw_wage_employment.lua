-- Wage employment in law: 1951 Convention Art. 17. Four levels mapped to 1, 2/3, 1/3, 0 — the same
-- ordering as the Global Refugee Work Rights Report's de jure scale (full, conditional, restricted, none).
return {
  id = "rtw.wage_employment",
  title = "Right to wage employment in law",
  domain = "right_to_work",
  dimension = "de_jure",
  weight = 2,
  instruments = {
    "1951 Refugee Convention, Art. 17 (wage-earning employment)",
    "ILO Guiding principles on the access of refugees and other forcibly displaced persons to the labour market (2016)",
  },
  reads = { "rtw.wage_employment" },
  action = {
    action = "Grant the right to wage employment on the same terms as nationals, or with a permit that comes automatically with status.",
    instrument = "1951 Refugee Convention, Art. 17",
    outcome = 1,
    lead = "joint",
    partners = { "ministry of labour", "ministry of interior", "employers' organisations", "workers' organisations" },
    pledge = "Amend the law so that refugees may take wage employment without a separate permit.",
  },
  evaluate = function(c)
    local access = c:fact("rtw.wage_employment")
    local score = score_of(access, { full = 1, conditional = 2 / 3, restricted = 1 / 3, none = 0 })
    local why = {
      full = "The law lets them take jobs on the same terms as nationals (or the permit comes with their status).",
      conditional = "The law lets them take jobs only through a work-permit procedure or other conditions.",
      restricted = "The law lets them work only in some sectors, places or quotas, or only some of them.",
      none = "The law does not let them take wage employment.",
    }
    return score, why[access]
  end,
}
