test("full self-employment with registration allowed gives full marks", function()
  local r = evaluate("rtw.self_employment", {
    ["rtw.self_employment"] = "full", ["rtw.business_registration"] = "allowed" })
  expect_score(r, 1)
  expect_explanation(r, "can register a business")
end)

test("registration unknown: the self-employment level alone decides, and is still known", function()
  expect_score(evaluate("rtw.self_employment", { ["rtw.self_employment"] = "conditional" }), 2 / 3, 1e-12)
end)

test("no registration caps the score at restricted (1/3)", function()
  expect_score(evaluate("rtw.self_employment", {
    ["rtw.self_employment"] = "full", ["rtw.business_registration"] = "not_allowed" }), 1 / 3, 1e-12)
end)

test("extra registration conditions take off 1/6 but never go below zero", function()
  expect_score(evaluate("rtw.self_employment", {
    ["rtw.self_employment"] = "conditional", ["rtw.business_registration"] = "restricted" }), 0.5, 1e-12)
  expect_score(evaluate("rtw.self_employment", {
    ["rtw.self_employment"] = "none", ["rtw.business_registration"] = "restricted" }), 0)
end)

test("self-employment unstated is unknown even when registration is known", function()
  expect_unknown(evaluate("rtw.self_employment", { ["rtw.business_registration"] = "allowed" }), "rtw.self_employment")
end)
