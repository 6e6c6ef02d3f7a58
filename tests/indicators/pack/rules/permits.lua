return {
  id = "permits", title = "Legal work obtainable in practice", domain = "right_to_work", dimension = "de_facto",
  weight = 1,
  instruments = { "1951 Refugee Convention, Art. 17" },
  reads = { "rtw_practice.permits_obtainable" },
  evaluate = function(c)
    local v = c:fact("rtw_practice.permits_obtainable")
    return score_of(v, { generally = 1, with_difficulty = 0.5, rarely = 0 }), v
  end,
}
