test("generally gives full marks", function()
  expect_score(evaluate("sp.health_access_in_practice", { ["sp.health_access_in_practice"] = "generally" }), 1)
end)

test("rarely gives zero, a known result", function()
  expect_score(evaluate("sp.health_access_in_practice", { ["sp.health_access_in_practice"] = "rarely" }), 0)
end)

test("with_barriers sits between the ends", function()
  expect_score(evaluate("sp.health_access_in_practice", { ["sp.health_access_in_practice"] = "with_barriers" }), 0.5, 1e-12)
end)

test("an unstated fact makes the result unknown, not zero", function()
  expect_unknown(evaluate("sp.health_access_in_practice", {}), "sp.health_access_in_practice")
end)
