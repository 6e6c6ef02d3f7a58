test("generally gives full marks", function()
  expect_score(evaluate("rtw.permits_in_practice", { ["rtw_practice.permits_obtainable"] = "generally" }), 1)
end)

test("rarely gives zero, a known result", function()
  expect_score(evaluate("rtw.permits_in_practice", { ["rtw_practice.permits_obtainable"] = "rarely" }), 0)
end)

test("with_difficulty sits between the ends", function()
  expect_score(evaluate("rtw.permits_in_practice", { ["rtw_practice.permits_obtainable"] = "with_difficulty" }), 0.5, 1e-12)
end)

test("an unstated fact makes the result unknown, not zero", function()
  expect_unknown(evaluate("rtw.permits_in_practice", {}), "rtw_practice.permits_obtainable")
end)
