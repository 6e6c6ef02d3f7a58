test("free gives full marks", function()
  expect_score(evaluate("rtw.freedom_of_movement", { ["mov.freedom_of_movement"] = "free" }), 1)
end)

test("encampment gives zero, a known result", function()
  expect_score(evaluate("rtw.freedom_of_movement", { ["mov.freedom_of_movement"] = "encampment" }), 0)
end)

test("conditional sits between the ends", function()
  expect_score(evaluate("rtw.freedom_of_movement", { ["mov.freedom_of_movement"] = "conditional" }), 0.5, 1e-12)
end)

test("an unstated fact makes the result unknown, not zero", function()
  expect_unknown(evaluate("rtw.freedom_of_movement", {}), "mov.freedom_of_movement")
end)
