test("one instrument is enough for full marks", function()
  local r = evaluate("legal.regional_instrument", { ["intl.regional_refugee_instruments"] = { "oau_1969" } })
  expect_score(r, 1)
  expect_explanation(r, "oau_1969")
end)

test("a stated empty list is a known zero", function()
  expect_score(evaluate("legal.regional_instrument", { ["intl.regional_refugee_instruments"] = {} }), 0)
end)

test("an unstated list is unknown, not zero", function()
  expect_unknown(evaluate("legal.regional_instrument", {}), "intl.regional_refugee_instruments")
end)
