-- Coroutines, to yield out of the engine's call.
-- expect: run: global 'coroutine'
-- line: 8
return {
  id = "hostile", title = "Hostile rule", domain = "right_to_work", dimension = "de_jure",
  instruments = { "none" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    local co = coroutine.wrap(function() coroutine.yield(1) end)
    return co(), "x"
  end,
}
