test("both ratified gives full marks", function()
  expect_score(evaluate("lab.migrant_worker_conventions", { ["intl.ilo.c097"] = true, ["intl.ilo.c143"] = true }), 1)
end)

test("one of two gives half", function()
  local r = evaluate("lab.migrant_worker_conventions", { ["intl.ilo.c097"] = true, ["intl.ilo.c143"] = false })
  expect_score(r, 0.5)
  expect_explanation(r, "C143")
end)

test("neither gives zero; unstated is unknown", function()
  expect_score(evaluate("lab.migrant_worker_conventions", { ["intl.ilo.c097"] = false, ["intl.ilo.c143"] = false }), 0)
  expect_unknown(evaluate("lab.migrant_worker_conventions", {}))
end)
