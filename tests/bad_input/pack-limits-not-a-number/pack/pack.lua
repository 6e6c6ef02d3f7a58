return {
  name = "bad", version = "1",
  domains = { { id = "right_to_work", title = "Right to work", weight = 1 } },
  rules = { "rules/r.lua" },
  -- 0/0 is NaN, which fails every comparison: once it passed the range check (undefined when converted).
  limits = { instructions = 0/0, memory_mb = 0/0 },
}
