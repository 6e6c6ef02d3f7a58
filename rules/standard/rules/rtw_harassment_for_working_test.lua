test("rare gives full marks", function()
  expect_score(evaluate("rtw.harassment_for_working", { ["rtw_practice.harassment_for_working"] = "rare" }), 1)
end)

test("common gives zero, a known result", function()
  expect_score(evaluate("rtw.harassment_for_working", { ["rtw_practice.harassment_for_working"] = "common" }), 0)
end)

test("occasional sits between the ends", function()
  expect_score(evaluate("rtw.harassment_for_working", { ["rtw_practice.harassment_for_working"] = "occasional" }), 0.5, 1e-12)
end)

test("an unstated fact makes the result unknown, not zero", function()
  expect_unknown(evaluate("rtw.harassment_for_working", {}), "rtw_practice.harassment_for_working")
end)
