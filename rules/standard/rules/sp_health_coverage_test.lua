test("equal gives full marks", function()
  expect_score(evaluate("sp.health_coverage", { ["sp.health_coverage"] = "equal" }), 1)
end)

test("humanitarian_only gives zero, a known result", function()
  expect_score(evaluate("sp.health_coverage", { ["sp.health_coverage"] = "humanitarian_only" }), 0)
end)

test("partial sits between the ends", function()
  expect_score(evaluate("sp.health_coverage", { ["sp.health_coverage"] = "partial" }), 0.5, 1e-12)
end)

test("an unstated fact makes the result unknown, not zero", function()
  expect_unknown(evaluate("sp.health_coverage", {}), "sp.health_coverage")
end)
