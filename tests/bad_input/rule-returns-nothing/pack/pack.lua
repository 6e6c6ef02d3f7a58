return {
  name = "bad", version = "1",
  domains = { { id = "right_to_work", title = "Right to work", weight = 1 } },
  rules = { "rules/r.lua" },
}
