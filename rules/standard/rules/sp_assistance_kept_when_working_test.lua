test("assistance kept gives full marks", function()
  expect_score(evaluate("sp.assistance_kept_when_working", { ["sp.assistance_lost_when_working"] = false }), 1)
end)

test("assistance lost gives zero, a known result", function()
  expect_score(evaluate("sp.assistance_kept_when_working", { ["sp.assistance_lost_when_working"] = true }), 0)
end)

test("an unstated fact makes the result unknown, not zero", function()
  expect_unknown(evaluate("sp.assistance_kept_when_working", {}), "sp.assistance_lost_when_working")
end)
