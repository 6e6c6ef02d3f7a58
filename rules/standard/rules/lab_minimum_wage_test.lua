test("stated true gives full marks", function()
  expect_score(evaluate("lab.minimum_wage", { ["lab.minimum_wage_applies"] = true }), 1)
end)

test("stated false gives zero, a known result", function()
  expect_score(evaluate("lab.minimum_wage", { ["lab.minimum_wage_applies"] = false }), 0)
end)

test("an unstated fact makes the result unknown, not zero", function()
  expect_unknown(evaluate("lab.minimum_wage", {}), "lab.minimum_wage_applies")
end)
