local function facts(convention, protocol, reservations)
  return {
    ["intl.refugee_convention_1951.party"] = convention,
    ["intl.refugee_protocol_1967.party"] = protocol,
    ["intl.refugee_convention_1951.reservations"] = reservations,
  }
end

test("a party without reservations gets full marks", function()
  expect_score(evaluate("legal.refugee_convention", facts(true, true, {})), 1)
end)

test("not a party to either gives zero without needing the reservations", function()
  expect_score(evaluate("legal.refugee_convention", {
    ["intl.refugee_convention_1951.party"] = false, ["intl.refugee_protocol_1967.party"] = false }), 0)
end)

test("a reservation on Art. 17(2) only costs a quarter", function()
  local r = evaluate("legal.refugee_convention", facts(true, true, { "art17_2" }))
  expect_score(r, 0.75)
  expect_explanation(r, "Art. 17(2)")
end)

test("reservations on Arts. 17, 18, 19 and 24 together reach the floor of 1/8", function()
  expect_score(evaluate("legal.refugee_convention", facts(true, true, { "art17", "art18", "art19", "art24" })), 0.125, 1e-12)
end)

test("a party whose reservations are not stated is unknown", function()
  expect_unknown(evaluate("legal.refugee_convention", {
    ["intl.refugee_convention_1951.party"] = true, ["intl.refugee_protocol_1967.party"] = true }),
    "intl.refugee_convention_1951.reservations")
end)

test("the geographic limitation caps the score at a quarter, whatever the other reservations", function()
  local r = evaluate("legal.refugee_convention", facts(true, true, { "geographic_limitation" }))
  expect_score(r, 0.25)
  expect_explanation(r, "only towards refugees from events in Europe")
  expect_score(evaluate("legal.refugee_convention", facts(true, true, { "geographic_limitation", "art17", "art18", "art19", "art24" })), 0.125, 1e-12)
end)
