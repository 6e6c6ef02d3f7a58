test("both ratified gives full marks", function()
  expect_score(evaluate("sp.social_security_conventions", { ["intl.ilo_conventions_ratified"] = { "C102", "C118" } }), 1)
end)

test("C102 alone gives half", function()
  expect_score(evaluate("sp.social_security_conventions", { ["intl.ilo_conventions_ratified"] = { "C102" } }), 0.5)
end)

test("neither gives zero; unstated is unknown", function()
  expect_score(evaluate("sp.social_security_conventions", { ["intl.ilo_conventions_ratified"] = { "C087" } }), 0)
  expect_unknown(evaluate("sp.social_security_conventions", {}))
end)
