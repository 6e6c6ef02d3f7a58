test("permits at the benchmark or above give full marks", function()
  expect_score(evaluate("rtw.work_permits_issued", {
    ["rtw_practice.work_permits_issued"] = 60000, ["pop.refugees_working_age"] = 100000 }), 1)
end)

test("a quarter of the benchmark gives 0.25", function()
  local r = evaluate("rtw.work_permits_issued", {
    ["rtw_practice.work_permits_issued"] = 12500, ["pop.refugees_working_age"] = 100000 })
  expect_score(r, 0.25, 1e-12)
  expect_explanation(r, "12.5 per 100")
end)

test("no permits gives zero", function()
  expect_score(evaluate("rtw.work_permits_issued", {
    ["rtw_practice.work_permits_issued"] = 0, ["pop.refugees_working_age"] = 100000 }), 0)
end)

test("permits without the population are unknown", function()
  expect_unknown(evaluate("rtw.work_permits_issued", { ["rtw_practice.work_permits_issued"] = 10 }),
    "pop.refugees_working_age")
end)
