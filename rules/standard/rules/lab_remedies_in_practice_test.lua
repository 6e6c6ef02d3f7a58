test("accessible gives full marks", function()
  expect_score(evaluate("lab.remedies_in_practice", { ["lab.remedies_accessible"] = "accessible" }), 1)
end)

test("inaccessible gives zero, a known result", function()
  expect_score(evaluate("lab.remedies_in_practice", { ["lab.remedies_accessible"] = "inaccessible" }), 0)
end)

test("limited sits between the ends", function()
  expect_score(evaluate("lab.remedies_in_practice", { ["lab.remedies_accessible"] = "limited" }), 0.5, 1e-12)
end)

test("an unstated fact makes the result unknown, not zero", function()
  expect_unknown(evaluate("lab.remedies_in_practice", {}), "lab.remedies_accessible")
end)
