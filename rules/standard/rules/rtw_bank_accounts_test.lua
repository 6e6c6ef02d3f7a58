test("allowed gives full marks", function()
  expect_score(evaluate("rtw.bank_accounts", { ["fin.bank_account"] = "allowed" }), 1)
end)

test("not_allowed gives zero, a known result", function()
  expect_score(evaluate("rtw.bank_accounts", { ["fin.bank_account"] = "not_allowed" }), 0)
end)

test("restricted sits between the ends", function()
  expect_score(evaluate("rtw.bank_accounts", { ["fin.bank_account"] = "restricted" }), 0.5, 1e-12)
end)

test("an unstated fact makes the result unknown, not zero", function()
  expect_unknown(evaluate("rtw.bank_accounts", {}), "fin.bank_account")
end)
