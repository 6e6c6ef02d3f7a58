test("regular gives full marks", function()
  expect_score(evaluate("lab.labour_inspection", { ["lab.labour_inspection_reach"] = "regular" }), 1)
end)

test("absent gives zero, a known result", function()
  expect_score(evaluate("lab.labour_inspection", { ["lab.labour_inspection_reach"] = "absent" }), 0)
end)

test("limited sits between the ends", function()
  expect_score(evaluate("lab.labour_inspection", { ["lab.labour_inspection_reach"] = "limited" }), 0.5, 1e-12)
end)

test("an unstated fact makes the result unknown, not zero", function()
  expect_unknown(evaluate("lab.labour_inspection", {}), "lab.labour_inspection_reach")
end)
