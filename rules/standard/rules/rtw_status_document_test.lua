test("stated true gives full marks", function()
  expect_score(evaluate("rtw.status_document", { ["doc.status_document"] = true }), 1)
end)

test("stated false gives zero, a known result", function()
  expect_score(evaluate("rtw.status_document", { ["doc.status_document"] = false }), 0)
end)

test("an unstated fact makes the result unknown, not zero", function()
  expect_unknown(evaluate("rtw.status_document", {}), "doc.status_document")
end)
