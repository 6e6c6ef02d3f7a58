test("both ratified gives full marks", function()
  expect_score(evaluate("sp.social_security_conventions", { ["intl.ilo.c102"] = true, ["intl.ilo.c118"] = true }), 1)
end)

test("C102 alone gives a third: C118's equality of treatment weighs twice", function()
  local r = evaluate("sp.social_security_conventions", { ["intl.ilo.c102"] = true, ["intl.ilo.c118"] = false })
  expect_score(r, 1 / 3, 1e-12)
  expect_explanation(r, "C118")
end)

test("C118 alone gives two thirds", function()
  expect_score(evaluate("sp.social_security_conventions", { ["intl.ilo.c102"] = false, ["intl.ilo.c118"] = true }),
    2 / 3, 1e-12)
end)

test("neither gives zero; unstated is unknown", function()
  expect_score(evaluate("sp.social_security_conventions", { ["intl.ilo.c102"] = false, ["intl.ilo.c118"] = false }), 0)
  expect_unknown(evaluate("sp.social_security_conventions", {}))
end)
