#pragma once
// Evaluates every rule of a pack for the chosen countries and aggregates the results into an Assessment.
#include <optional>
#include <string>
#include <vector>

#include "core/assess/assessment.h"
#include "core/rules/rule_pack.h"
#include "core/rules/worker_pool.h"

namespace workrights {

struct AssessOptions {
  std::vector<std::string> countries;  ///< ISO3 codes; empty = all
  std::optional<Date> as_of;           ///< nullopt = the latest entries
  uint64_t seed = 0;                   ///< feeds math.random in rules
};

/// Throws InputError naming an unknown country code (with a suggestion).
std::vector<const CountryProfile*> SelectCountries(const Dataset& dataset, const std::vector<std::string>& codes);

Assessment Assess(const RulePack& pack, const Dataset& dataset, WorkerPool& pool, const AssessOptions& options);

}  // namespace workrights
