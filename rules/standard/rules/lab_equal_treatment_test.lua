test("equal gives full marks", function()
  expect_score(evaluate("lab.equal_treatment", { ["lab.equal_treatment_in_labour_law"] = "equal" }), 1)
end)

test("excluded gives zero, a known result", function()
  expect_score(evaluate("lab.equal_treatment", { ["lab.equal_treatment_in_labour_law"] = "excluded" }), 0)
end)

test("partial sits between the ends", function()
  expect_score(evaluate("lab.equal_treatment", { ["lab.equal_treatment_in_labour_law"] = "partial" }), 0.5, 1e-12)
end)

test("an unstated fact makes the result unknown, not zero", function()
  expect_unknown(evaluate("lab.equal_treatment", {}), "lab.equal_treatment_in_labour_law")
end)
