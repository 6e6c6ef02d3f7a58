test("equal gives full marks", function()
  expect_score(evaluate("sp.maternity", { ["sp.social_security.maternity"] = "equal" }), 1)
end)

test("excluded gives zero, a known result", function()
  expect_score(evaluate("sp.maternity", { ["sp.social_security.maternity"] = "excluded" }), 0)
end)

test("partial sits between the ends", function()
  expect_score(evaluate("sp.maternity", { ["sp.social_security.maternity"] = "partial" }), 0.5, 1e-12)
end)

test("an unstated fact makes the result unknown, not zero", function()
  expect_unknown(evaluate("sp.maternity", {}), "sp.social_security.maternity")
end)
