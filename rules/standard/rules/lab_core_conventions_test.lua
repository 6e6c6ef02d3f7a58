local all = { "C029", "C087", "C098", "C100", "C105", "C111", "C138", "C155", "C182" }

-- Facts for a country that ratified `ratified` of the nine conventions and not the others.
local function ratifications(ratified)
  local facts = {}
  for _, c in ipairs(all) do facts["intl.ilo." .. string.lower(c)] = false end
  for _, c in ipairs(ratified) do facts["intl.ilo." .. string.lower(c)] = true end
  return facts
end

test("all nine ratified gives full marks", function()
  expect_score(evaluate("lab.core_conventions", ratifications(all)), 1)
end)

test("none ratified gives zero", function()
  expect_score(evaluate("lab.core_conventions", ratifications({})), 0)
end)

test("six of nine gives two thirds and names the missing ones", function()
  local r = evaluate("lab.core_conventions", ratifications({ "C029", "C098", "C100", "C105", "C111", "C182" }))
  expect_score(r, 6 / 9, 1e-12)
  expect_explanation(r, "C087, C138, C155")
end)

test("an unstated convention is unknown", function()
  local facts = ratifications(all)
  facts["intl.ilo.c155"] = nil
  expect_unknown(evaluate("lab.core_conventions", facts), "intl.ilo.c155")
end)
