-- Data nested 1000 levels deep, which would overflow the C stack when frozen.
-- expect: load: nested more than 100 levels deep
local deep = {}
local cur = deep
for i = 1, 1000 do cur.next = {} cur = cur.next end
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    return deep and 1 or 0, "x"
  end,
}
