test("the same access for refugees and asylum seekers gives full marks", function()
  expect_score(evaluate("rtw.parity_across_statuses", { ["rtw.wage_employment"] = "conditional" },
    { groups = { asylum_seekers = { ["rtw.wage_employment"] = "conditional" } } }), 1)
end)

test("full access for refugees and none for asylum seekers gives zero", function()
  local r = evaluate("rtw.parity_across_statuses", { ["rtw.wage_employment"] = "full" },
    { groups = { asylum_seekers = { ["rtw.wage_employment"] = "none" } } })
  expect_score(r, 0)
  expect_explanation(r, "asylum seekers: none")
end)

test("the gap is the widest across all stated groups", function()
  expect_score(evaluate("rtw.parity_across_statuses", { ["rtw.wage_employment"] = "full" },
    { groups = { asylum_seekers = { ["rtw.wage_employment"] = "conditional" },
                 temporary_protection = { ["rtw.wage_employment"] = "restricted" } } }), 1 / 3, 1e-12)
end)

test("only one group stated is unknown, naming the asylum seekers' fact", function()
  expect_unknown(evaluate("rtw.parity_across_statuses", { ["rtw.wage_employment"] = "full" }), "rtw.wage_employment")
end)
