test("rarely gives full marks", function()
  expect_score(evaluate("rtw.movement_in_practice", { ["rtw_practice.movement_restricted_in_practice"] = "rarely" }), 1)
end)

test("often gives zero, a known result", function()
  expect_score(evaluate("rtw.movement_in_practice", { ["rtw_practice.movement_restricted_in_practice"] = "often" }), 0)
end)

test("sometimes sits between the ends", function()
  expect_score(evaluate("rtw.movement_in_practice", { ["rtw_practice.movement_restricted_in_practice"] = "sometimes" }), 0.5, 1e-12)
end)

test("an unstated fact makes the result unknown, not zero", function()
  expect_unknown(evaluate("rtw.movement_in_practice", {}), "rtw_practice.movement_restricted_in_practice")
end)
