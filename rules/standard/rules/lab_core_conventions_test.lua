test("all nine ratified gives full marks", function()
  expect_score(evaluate("lab.core_conventions", { ["intl.ilo_conventions_ratified"] =
    { "C029", "C087", "C098", "C100", "C105", "C111", "C138", "C155", "C182", "C097" } }), 1)
end)

test("none ratified gives zero", function()
  expect_score(evaluate("lab.core_conventions", { ["intl.ilo_conventions_ratified"] = { "C097" } }), 0)
end)

test("six of nine gives two thirds and names the missing ones", function()
  local r = evaluate("lab.core_conventions", { ["intl.ilo_conventions_ratified"] =
    { "C029", "C098", "C100", "C105", "C111", "C182" } })
  expect_score(r, 6 / 9, 1e-12)
  expect_explanation(r, "C087, C138, C155")
end)

test("an unstated list is unknown", function()
  expect_unknown(evaluate("lab.core_conventions", {}), "intl.ilo_conventions_ratified")
end)
