test("everyone formal gives full marks", function()
  expect_score(evaluate("rtw.formal_employment", { ["rtw_practice.formal_employment_share"] = 1 }), 1)
end)

test("nobody formal gives zero", function()
  expect_score(evaluate("rtw.formal_employment", { ["rtw_practice.formal_employment_share"] = 0 }), 0)
end)

test("the share is the score", function()
  local r = evaluate("rtw.formal_employment", { ["rtw_practice.formal_employment_share"] = 0.18 })
  expect_score(r, 0.18)
  expect_explanation(r, "18%")
end)

test("unstated is unknown", function()
  expect_unknown(evaluate("rtw.formal_employment", {}), "rtw_practice.formal_employment_share")
end)
