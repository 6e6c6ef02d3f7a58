#pragma once
// One work unit of a simulation: a block of consecutive draws of one country. Each draw samples the country's
// uncertain facts and pledge values from its own stream, derived from (seed, draw, country), re-evaluates only
// the rules whose facts changed and re-aggregates; so a unit's values do not depend on the thread that runs it
// or on the other units.
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "core/rules/rule_runtime.h"
#include "core/simulate/simulation_plan.h"

namespace workrights {

/// One country's values in each run, kept until the country's last block of draws is summarised.
struct CountryRuns {
  std::vector<double> baseline;       ///< [run][metric]
  std::vector<double> scenario;       ///< [run][metric]
  std::vector<double> contributions;  ///< [run][pledge]
};

/// Failures of the priority function, shared by all units: per message, the first (run, country) it happened
/// in. Rare, so one lock.
class PriorityFailures {
 public:
  void Add(const std::string& error, size_t run, size_t country);
  /// One message per distinct failure, naming the first country it happened for, in (run, country) order.
  /// Only once the units are done.
  std::vector<std::string> Messages(const std::vector<const CountryProfile*>& countries) const;

 private:
  std::map<std::string, std::pair<size_t, size_t>> first_;
  std::mutex mutex_;
};

/// Runs draws [first_run, last_run) of `country` into `runs`; with SimulationOptions::priority also into the
/// (run, country) slots of r.priority_runs (and, in a deterministic run, r.priority_detail and r.sensitivity).
/// Returns the rule evaluations that re-evaluating every rule would have taken.
uint64_t RunUnit(const SimulationPlan& plan, size_t country, size_t first_run, size_t last_run, RuleRuntime& rt,
                 CountryRuns& runs, PriorityFailures& failures, SimulationResult& r);

}  // namespace workrights
