-- A memory bomb at top level (a table of ever longer strings), before the file returns its table.
local t = {}
for i = 1, 100000000 do t[i] = utf8.char(0x10FFFF):rep(i % 64 + 1) .. i end
return {
  id = "r", title = "R", domain = "right_to_work", dimension = "de_jure",
  instruments = { "x" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    return 1, "fine"
  end,
}
