#pragma once
// The model a sensitivity analysis of a simulation runs: for one row of the design (weights, law share, which
// pledges are implemented and their values, the scenario's uncertain facts, where each profile range falls),
// each country's overall score without the scenario (its baseline, with the row's uncertain facts and weights)
// and with it. Rules are re-evaluated only for the facts the row changes; a row that changes only weights
// re-aggregates the rule results of the row it was made from (A); a row that changes only an input that cannot
// touch the country reuses that row's values.
#include <cstdint>
#include <vector>

#include "core/assess/assessment.h"
#include "core/rules/worker_pool.h"
#include "core/sensitivity/saltelli_design.h"
#include "core/sensitivity/sensitivity_inputs.h"

namespace workrights {

/// Every run's outputs, per country: [country][row] of the design; NaN when unknown.
struct SimulationRuns {
  std::vector<const CountryProfile*> countries;  ///< the point assessment's order
  size_t rows = 0;
  std::vector<double> overall;  ///< the overall score under the scenario
  std::vector<double> effect;   ///< the scenario's effect: that score minus the baseline's in the same row
  uint64_t rule_evaluations = 0, aggregations = 0, reused = 0;

  const double* Overall(size_t c) const { return &overall[c * rows]; }
  const double* Effect(size_t c) const { return &effect[c * rows]; }
};

/// Runs the model on every row of `design`; `point` is the baseline assessed at the scenario's date.
SimulationRuns RunSimulationModel(const RulePack& pack, const Assessment& point, const Scenario& scenario,
                                  const std::vector<SensitivityInput>& inputs, const SaltelliDesign& design,
                                  WorkerPool& pool);

}  // namespace workrights
