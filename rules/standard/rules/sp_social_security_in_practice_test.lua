test("common gives full marks", function()
  expect_score(evaluate("sp.social_security_in_practice", { ["sp.social_security_registration_in_practice"] = "common" }), 1)
end)

test("rare gives zero, a known result", function()
  expect_score(evaluate("sp.social_security_in_practice", { ["sp.social_security_registration_in_practice"] = "rare" }), 0)
end)

test("partial sits between the ends", function()
  expect_score(evaluate("sp.social_security_in_practice", { ["sp.social_security_registration_in_practice"] = "partial" }), 0.5, 1e-12)
end)

test("an unstated fact makes the result unknown, not zero", function()
  expect_unknown(evaluate("sp.social_security_in_practice", {}), "sp.social_security_registration_in_practice")
end)
