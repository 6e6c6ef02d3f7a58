-- Work permits issued in a year relative to the group's working-age population: the Global Compact on
-- Refugees' decent-work indicator looks at legal work in practice. The benchmark of 0.5 permits per
-- working-age person is a modelling choice (roughly the employment-to-population ratio of many host
-- countries), stated here so advisers can change it. Scoring: min(1, ratio / 0.5).
local benchmark = 0.5

return {
  id = "rtw.work_permits_issued",
  title = "Work permits issued relative to the working-age population",
  domain = "right_to_work",
  dimension = "de_facto",
  weight = 1.5,
  instruments = {
    "Global Compact on Refugees indicator framework, Objective 2 (access to decent work)",
    "1951 Refugee Convention, Art. 17",
  },
  reads = { "rtw_practice.work_permits_issued", "pop.refugees_working_age" },
  action = {
    action = "Scale up work-permit issuance, with targets and published figures by sex and sector.",
    instrument = "Global Compact on Refugees indicator framework, Objective 2",
    outcome = 1,
    lead = "joint",
    partners = { "ministry of labour", "employers' organisations", "refugee-led organisations" },
    pledge = "Issue a set number of work permits to refugees each year and publish the figures.",
  },
  evaluate = function(c)
    local permits = c:fact("rtw_practice.work_permits_issued")
    local people = c:fact("pop.refugees_working_age")
    if people <= 0 then
      return 0, "No working-age population is stated, so no permits can be compared."
    end
    local ratio = permits / people
    return math.min(1, ratio / benchmark),
      string.format("%d work permits for %d people of working age: %.1f per 100 (benchmark %d per 100).",
        math.floor(permits), math.floor(people), ratio * 100, math.floor(benchmark * 100))
  end,
}
