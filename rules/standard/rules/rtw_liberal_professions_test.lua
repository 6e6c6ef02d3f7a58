test("full gives full marks", function()
  expect_score(evaluate("rtw.liberal_professions", { ["rtw.liberal_professions"] = "full" }), 1)
end)

test("none gives zero, a known result", function()
  expect_score(evaluate("rtw.liberal_professions", { ["rtw.liberal_professions"] = "none" }), 0)
end)

test("restricted sits between the ends", function()
  expect_score(evaluate("rtw.liberal_professions", { ["rtw.liberal_professions"] = "restricted" }), 0.5, 1e-12)
end)

test("an unstated fact makes the result unknown, not zero", function()
  expect_unknown(evaluate("rtw.liberal_professions", {}), "rtw.liberal_professions")
end)
