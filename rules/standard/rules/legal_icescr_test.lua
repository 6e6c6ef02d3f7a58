test("a party without reservations gets full marks", function()
  expect_score(evaluate("legal.icescr", { ["intl.icescr.party"] = true, ["intl.icescr.reservations"] = {} }), 1)
end)

test("not a party gives zero", function()
  expect_score(evaluate("legal.icescr", { ["intl.icescr.party"] = false }), 0)
end)

test("a reservation on trade unions (Art. 8) does not count here; one on Art. 2(3) does", function()
  expect_score(evaluate("legal.icescr", { ["intl.icescr.party"] = true, ["intl.icescr.reservations"] = { "art8" } }), 1)
  expect_score(evaluate("legal.icescr", { ["intl.icescr.party"] = true, ["intl.icescr.reservations"] = { "art2_3", "art8" } }), 0.75)
end)

test("party status unknown means unknown", function()
  expect_unknown(evaluate("legal.icescr", {}), "intl.icescr.party")
end)
