test("no_permit_needed gives full marks", function()
  expect_score(evaluate("rtw.work_permit_cost", { ["rtw.work_permit.fee"] = "no_permit_needed" }), 1)
end)

test("full gives zero, a known result", function()
  expect_score(evaluate("rtw.work_permit_cost", { ["rtw.work_permit.fee"] = "full" }), 0)
end)

test("free sits between the ends", function()
  expect_score(evaluate("rtw.work_permit_cost", { ["rtw.work_permit.fee"] = "free" }), 2 / 3, 1e-12)
end)

test("an unstated fact makes the result unknown, not zero", function()
  expect_unknown(evaluate("rtw.work_permit_cost", {}), "rtw.work_permit.fee")
end)
