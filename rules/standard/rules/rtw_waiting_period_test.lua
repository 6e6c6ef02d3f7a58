test("no wait gives full marks", function()
  expect_score(evaluate("rtw.waiting_period", { ["rtw.waiting_period_months"] = 0 }), 1)
end)

test("six months gives half", function()
  local r = evaluate("rtw.waiting_period", { ["rtw.waiting_period_months"] = 6 })
  expect_score(r, 0.5)
  expect_explanation(r, "6 months")
end)

test("over a year gives zero; unstated is unknown", function()
  expect_score(evaluate("rtw.waiting_period", { ["rtw.waiting_period_months"] = 18 }), 0)
  expect_unknown(evaluate("rtw.waiting_period", {}), "rtw.waiting_period_months")
end)
