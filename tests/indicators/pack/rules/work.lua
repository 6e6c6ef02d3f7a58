return {
  id = "work", title = "Wage employment in law", domain = "right_to_work", dimension = "de_jure", weight = 1,
  instruments = { "1951 Refugee Convention, Art. 17" },
  reads = { "rtw.wage_employment" },
  evaluate = function(c)
    local v = c:fact("rtw.wage_employment")
    return score_of(v, { full = 1, conditional = 0.5, restricted = 0.5, none = 0 }), v
  end,
}
