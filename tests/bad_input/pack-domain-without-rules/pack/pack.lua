return {
  name = "bad", version = "1",
  domains = {
    { id = "right_to_work", title = "Right to work", weight = 0.5 },
    { id = "labour_rights", title = "Labour rights", weight = 0.5 },
  },
  rules = { "rules/r.lua" },
}
