test("full access gives full marks", function()
  local r = evaluate("rtw.wage_employment", { ["rtw.wage_employment"] = "full" })
  expect_score(r, 1)
  expect_explanation(r, "same terms as nationals")
end)

test("no access gives zero, which is known, not unknown", function()
  expect_score(evaluate("rtw.wage_employment", { ["rtw.wage_employment"] = "none" }), 0)
end)

test("conditional access sits between: two thirds", function()
  expect_score(evaluate("rtw.wage_employment", { ["rtw.wage_employment"] = "conditional" }), 2 / 3, 1e-12)
end)

test("an unstated right to work is unknown", function()
  expect_unknown(evaluate("rtw.wage_employment", {}), "rtw.wage_employment")
end)
