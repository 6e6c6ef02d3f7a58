return {
  name = "bad", version = "1",
  domains = { { id = "right_to_work", title = "Right to work", weight = 1 } },
  rules = { "rules/r.lua" },
  indicators = {
    { id = "2.1.2", title = "Free movement", definition = "x", population = { "pop.refugees" },
      practice = { rules = { "r" }, } },
  },
}
