test("explicit gives full marks", function()
  expect_score(evaluate("legal.right_to_work_in_law", { ["law.right_to_work_in_law"] = "explicit" }), 1)
end)

test("none gives zero, a known result", function()
  expect_score(evaluate("legal.right_to_work_in_law", { ["law.right_to_work_in_law"] = "none" }), 0)
end)

test("general_foreigner_rules sits between the ends", function()
  expect_score(evaluate("legal.right_to_work_in_law", { ["law.right_to_work_in_law"] = "general_foreigner_rules" }), 0.5, 1e-12)
end)

test("an unstated fact makes the result unknown, not zero", function()
  expect_unknown(evaluate("legal.right_to_work_in_law", {}), "law.right_to_work_in_law")
end)
