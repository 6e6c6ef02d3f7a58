return {
  name = "bad", version = "1",
  domains = { { id = "right_to_work", title = "Right to work", weight = math.huge } },
  rules = { "rules/r.lua" },
  weights = { r = 0 / 0 },
}
