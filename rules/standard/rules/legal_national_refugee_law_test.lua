test("a national law gives full marks", function()
  expect_score(evaluate("legal.national_refugee_law", { ["law.national_refugee_law"] = true }), 1)
end)

test("no national law gives zero", function()
  expect_score(evaluate("legal.national_refugee_law", { ["law.national_refugee_law"] = false }), 0)
end)

test("unstated is unknown", function()
  expect_unknown(evaluate("legal.national_refugee_law", {}), "law.national_refugee_law")
end)
