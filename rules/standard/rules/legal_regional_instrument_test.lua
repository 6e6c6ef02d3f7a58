test("a party to the OAU Convention has full marks without reading the other instruments", function()
  local r = evaluate("legal.regional_instrument", { ["intl.oau_refugee_convention_1969.party"] = true })
  expect_score(r, 1)
  expect_explanation(r, "OAU Refugee Convention")
end)

test("outside the OAU Convention, one other instrument is enough, named in words", function()
  local r = evaluate("legal.regional_instrument", {
    ["intl.oau_refugee_convention_1969.party"] = false,
    ["intl.regional_refugee_instruments"] = { "cartagena_1984" },
  })
  expect_score(r, 1)
  expect_explanation(r, "Cartagena Declaration")
end)

test("not an OAU party and a stated empty list is a known zero", function()
  expect_score(evaluate("legal.regional_instrument", {
    ["intl.oau_refugee_convention_1969.party"] = false,
    ["intl.regional_refugee_instruments"] = {},
  }), 0)
end)

test("not an OAU party and an unstated list is unknown, not zero", function()
  expect_unknown(evaluate("legal.regional_instrument", { ["intl.oau_refugee_convention_1969.party"] = false }),
    "intl.regional_refugee_instruments")
end)

test("an unknown OAU status is unknown, whatever else is stated empty", function()
  expect_unknown(evaluate("legal.regional_instrument", { ["intl.regional_refugee_instruments"] = {} }),
    "intl.oau_refugee_convention_1969.party")
end)
