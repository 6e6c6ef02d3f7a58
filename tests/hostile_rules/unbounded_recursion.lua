-- Recursion without end.
-- expect: run: stack overflow
-- line: 8
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    local function f(n) return f(n + 1) + 1 end
    return f(1), "x"
  end,
}
