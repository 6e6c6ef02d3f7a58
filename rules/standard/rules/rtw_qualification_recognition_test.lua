test("accessible gives full marks", function()
  expect_score(evaluate("rtw.qualification_recognition", { ["rtw.qualification_recognition"] = "accessible" }), 1)
end)

test("none gives zero, a known result", function()
  expect_score(evaluate("rtw.qualification_recognition", { ["rtw.qualification_recognition"] = "none" }), 0)
end)

test("with_barriers sits between the ends", function()
  expect_score(evaluate("rtw.qualification_recognition", { ["rtw.qualification_recognition"] = "with_barriers" }), 0.5, 1e-12)
end)

test("an unstated fact makes the result unknown, not zero", function()
  expect_unknown(evaluate("rtw.qualification_recognition", {}), "rtw.qualification_recognition")
end)
