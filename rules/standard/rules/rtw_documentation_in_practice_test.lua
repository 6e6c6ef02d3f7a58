test("widespread gives full marks", function()
  expect_score(evaluate("rtw.documentation_in_practice", { ["doc.documentation_in_practice"] = "widespread" }), 1)
end)

test("rare gives zero, a known result", function()
  expect_score(evaluate("rtw.documentation_in_practice", { ["doc.documentation_in_practice"] = "rare" }), 0)
end)

test("partial sits between the ends", function()
  expect_score(evaluate("rtw.documentation_in_practice", { ["doc.documentation_in_practice"] = "partial" }), 0.5, 1e-12)
end)

test("an unstated fact makes the result unknown, not zero", function()
  expect_unknown(evaluate("rtw.documentation_in_practice", {}), "doc.documentation_in_practice")
end)
