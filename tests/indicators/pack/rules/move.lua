return {
  id = "move", title = "Freedom of movement in law", domain = "right_to_work", dimension = "de_jure", weight = 1,
  instruments = { "1951 Refugee Convention, Art. 26" },
  reads = { "mov.freedom_of_movement" },
  evaluate = function(c)
    local v = c:fact("mov.freedom_of_movement")
    return score_of(v, { free = 1, conditional = 0.5, encampment = 0 }), v
  end,
}
