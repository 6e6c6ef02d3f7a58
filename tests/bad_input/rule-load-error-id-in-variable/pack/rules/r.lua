-- The rule table is built in a variable and returned at the end; an error at top level comes first.
local rule = {
  id = "r", title = "R", domain = "right_to_work", dimension = "de_jure",
  instruments = { "x" }, reads = { "rtw.wage_employment" },
  -- id = "not-this-one" (a comment), nor this: local t = { id = "nested" }
  evaluate = function(c)
    local inner = { id = "inner" }
    return 1, "fine"
  end,
}
rule.action.lead = "ILO"
return rule
