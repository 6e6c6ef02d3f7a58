test("equal gives full marks", function()
  expect_score(evaluate("sp.employment_services", { ["sp.employment_services"] = "equal" }), 1)
end)

test("excluded gives zero, a known result", function()
  expect_score(evaluate("sp.employment_services", { ["sp.employment_services"] = "excluded" }), 0)
end)

test("partial sits between the ends", function()
  expect_score(evaluate("sp.employment_services", { ["sp.employment_services"] = "partial" }), 0.5, 1e-12)
end)

test("an unstated fact makes the result unknown, not zero", function()
  expect_unknown(evaluate("sp.employment_services", {}), "sp.employment_services")
end)
