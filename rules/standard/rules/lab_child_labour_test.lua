test("rare gives full marks", function()
  expect_score(evaluate("lab.child_labour", { ["lab.child_labour_reported"] = "rare" }), 1)
end)

test("widespread gives zero, a known result", function()
  expect_score(evaluate("lab.child_labour", { ["lab.child_labour_reported"] = "widespread" }), 0)
end)

test("reported sits between the ends", function()
  expect_score(evaluate("lab.child_labour", { ["lab.child_labour_reported"] = "reported" }), 0.5, 1e-12)
end)

test("an unstated fact makes the result unknown, not zero", function()
  expect_unknown(evaluate("lab.child_labour", {}), "lab.child_labour_reported")
end)
