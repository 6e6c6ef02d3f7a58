test("full gives full marks", function()
  expect_score(evaluate("lab.union_rights", { ["lab.union_rights"] = "full" }), 1)
end)

test("none gives zero, a known result", function()
  expect_score(evaluate("lab.union_rights", { ["lab.union_rights"] = "none" }), 0)
end)

test("join_only sits between the ends", function()
  expect_score(evaluate("lab.union_rights", { ["lab.union_rights"] = "join_only" }), 0.5, 1e-12)
end)

test("an unstated fact makes the result unknown, not zero", function()
  expect_unknown(evaluate("lab.union_rights", {}), "lab.union_rights")
end)
