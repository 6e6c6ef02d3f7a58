#pragma once
// What every work unit of a simulation reads: worked out once before the units run and not changed while
// they do, so units on different threads share it without locks.
#include <cstdint>
#include <vector>

#include "core/assess/assessment.h"
#include "core/simulate/simulator.h"

namespace workrights {

/// A fact of one country that each draw samples: from the profile's uncertainty or the scenario's
/// uncertain_facts.
struct SampledFact {
  FactId fact;
  GroupId group;
  const Distribution* distribution;
};

struct SimulationPlan {
  SimulationPlan() = default;
  // Not copied: point_results point into point.
  SimulationPlan(const SimulationPlan&) = delete;
  SimulationPlan& operator=(const SimulationPlan&) = delete;

  const PackInfo* info = nullptr;
  const Scenario* scenario = nullptr;
  const SimulationOptions* options = nullptr;
  bool monte_carlo = false;
  /// Dependency index: [fact] the rules that read it (from their declared reads: a safe superset of the
  /// evidence).
  std::vector<std::vector<int>> readers;
  /// The point baseline at the scenario's date, evaluated once and reused by every run.
  Assessment point;
  std::vector<std::vector<const RuleResult*>> point_results;  ///< [country][rule], into `point`
  std::vector<std::vector<SampledFact>> sampled_facts;        ///< [country]; none without Monte Carlo
  std::vector<std::vector<uint8_t>> covers;                   ///< [country][pledge]: the pledge names the country
  std::vector<double> domain_weights, rule_weights;           ///< the pack's
  /// Scenario weight ranges sampled in each run: none without Monte Carlo.
  size_t weight_ranges = 0;
  std::vector<double> sampled_weights;  ///< [run][weight range]
};

/// Plans the inputs of a simulation whose result `r` has its countries, metrics, pledge_applies and runs set:
/// the dependency index, the point baseline (also into r.baseline_point), each country's sampled facts and
/// the pledges that cover it (also into r.affected and r.pledged).
void PlanInputs(const RulePack& pack, const Dataset& dataset, const Scenario& scenario, WorkerPool& pool,
                const SimulationOptions& options, SimulationResult& r, SimulationPlan& plan);

/// Run-level choices into r.implemented and plan.sampled_weights: drawn before any country, in draw order,
/// from each draw's own stream. Draw numbers are global, so a shard's draws are the same as in one run of all
/// draws.
void DrawRunChoices(SimulationPlan& plan, SimulationResult& r);

}  // namespace workrights
