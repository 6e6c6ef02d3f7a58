#pragma once
// Which assumptions drive a scenario's results (simulate --sensitivity sobol): first-order and total-effect
// Sobol' indices, with bootstrap intervals, of each country's overall score under the scenario and of the
// scenario's effect on it (that score minus the baseline's under the same weights and uncertain facts), for
// each input group (simulation_inputs.h). The same design and estimators as the ranking's analysis
// (saltelli_design.h, sobol_indices.h); the model is simulation_model.h. Deterministic for a seed and
// byte-identical whatever the number of threads.
#include <string>
#include <vector>

#include "core/sensitivity/rank_sensitivity.h"

namespace workrights {

struct CountrySimulationSensitivity {
  const CountryProfile* profile = nullptr;
  TargetIndices overall;  ///< the overall score under the scenario
  TargetIndices effect;   ///< the scenario's effect on it
};

struct SimulationSensitivity {
  const Scenario* scenario = nullptr;
  SobolOptions options;  ///< unknowns and ranges of the ranking's analysis: only `ranges` applies
  std::vector<SensitivityInput> inputs;
  std::vector<CountrySimulationSensitivity> countries;  ///< by ISO3
  std::string reading;  ///< one paragraph in plain words
  uint64_t runs = 0, rule_evaluations = 0, aggregations = 0, reused = 0;
};

/// Throws InputError when --samples is below 2 or the inputs need more Sobol' dimensions than shipped;
/// ResourceLimitError when the runs need more memory than options.memory_limit_gib.
SimulationSensitivity SimulateSensitivity(const RulePack& pack, const Dataset& dataset, const Scenario& scenario,
                                          WorkerPool& pool, const SobolOptions& options);

/// The reading: for the countries whose score varies, the input that explains most of it, and where inputs
/// act together.
std::string ReadSimulationSensitivity(const SimulationSensitivity& s);

}  // namespace workrights
