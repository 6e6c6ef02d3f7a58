test("neither closed sectors nor quotas gives full marks", function()
  expect_score(evaluate("rtw.closed_sectors_and_quotas", { ["rtw.closed_sectors"] = false, ["rtw.quota"] = false }), 1)
end)

test("both gives zero", function()
  expect_score(evaluate("rtw.closed_sectors_and_quotas", { ["rtw.closed_sectors"] = true, ["rtw.quota"] = true }), 0)
end)

test("one barrier gives half", function()
  expect_score(evaluate("rtw.closed_sectors_and_quotas", { ["rtw.closed_sectors"] = false, ["rtw.quota"] = true }), 0.5)
end)

test("closed sectors known but quota unstated is unknown", function()
  expect_unknown(evaluate("rtw.closed_sectors_and_quotas", { ["rtw.closed_sectors"] = true }), "rtw.quota")
end)
