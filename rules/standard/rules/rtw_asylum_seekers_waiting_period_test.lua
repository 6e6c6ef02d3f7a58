local function waiting(months)
  return evaluate("rtw.asylum_seekers_waiting_period", {},
    { groups = { asylum_seekers = { ["rtw.waiting_period_months"] = months } } })
end

test("work at once gives full marks", function()
  expect_score(waiting(0), 1)
end)

test("the boundaries: 3 months is 0.75, 6 is 0.5, 9 is 0.25, 12 is 0", function()
  expect_score(waiting(3), 0.75)
  expect_score(waiting(6), 0.5)
  expect_score(waiting(9), 0.25)
  expect_score(waiting(12), 0)
end)

test("no right to wage employment for asylum seekers gives zero whatever the wait", function()
  expect_score(evaluate("rtw.asylum_seekers_waiting_period", {},
    { groups = { asylum_seekers = { ["rtw.wage_employment"] = "none" } } }), 0)
end)

test("the refugees' waiting period does not stand in for asylum seekers'", function()
  expect_unknown(evaluate("rtw.asylum_seekers_waiting_period", { ["rtw.waiting_period_months"] = 0 }),
    "rtw.waiting_period_months")
end)
