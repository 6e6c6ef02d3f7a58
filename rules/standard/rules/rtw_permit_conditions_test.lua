test("no separate permit gives full marks without needing the details", function()
  expect_score(evaluate("rtw.permit_conditions", { ["rtw.work_permit.required"] = false }), 1)
end)

test("an open permit gives two thirds", function()
  expect_score(evaluate("rtw.permit_conditions", { ["rtw.work_permit.required"] = true,
    ["rtw.work_permit.employer_tied"] = false, ["rtw.work_permit.labour_market_test"] = false }), 2 / 3, 1e-12)
end)

test("an employer-tied permit with a labour-market test reaches zero", function()
  local r = evaluate("rtw.permit_conditions", { ["rtw.work_permit.required"] = true,
    ["rtw.work_permit.employer_tied"] = true, ["rtw.work_permit.labour_market_test"] = true })
  expect_score(r, 0, 1e-12)
  expect_explanation(r, "tied to one employer")
end)

test("a required permit with unstated conditions is unknown", function()
  expect_unknown(evaluate("rtw.permit_conditions", { ["rtw.work_permit.required"] = true }), "rtw.work_permit.employer_tied")
end)
