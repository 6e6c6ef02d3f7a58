-- A small pack for the indicator tests (tests/indicators_test.cpp, tests/cli_test.sh): three rules and two
-- indicators over the three made-up countries in ../profiles. The expected figures are worked out by hand in
-- tests/indicators_test.cpp.
return {
  name = "indicators-test",
  version = "1.0.0",
  domains = { { id = "right_to_work", title = "Right to work", weight = 1 } },
  rules = { "rules/work.lua", "rules/move.lua", "rules/permits.lua" },
  indicators = {
    {
      id = "T.work",
      title = "Share of refugees who may work",
      source = "made up for the tests",
      definition = "refugees in countries where they may work, over all refugees",
      population = { "pop.refugees", "pop.other_in_need_of_protection" },
      law = { rules = { "work" } },
      practice = { rules = { "permits" }, combine = "mean" },
    },
    {
      id = "T.both",
      title = "Share of refugees who may both work and move",
      source = "made up for the tests",
      definition = "refugees in countries where they may work and move freely, over all refugees",
      population = { "pop.refugees", "pop.other_in_need_of_protection" },
      law = { rules = { "move", "work" }, combine = "min" },
    },
  },
}
