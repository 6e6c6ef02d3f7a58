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
  /// The legal-status group to assess: nullopt = each country's primary group. With a group, only the countries
  /// whose data describe it are assessed.
  std::optional<GroupId> group;
  bool all_groups = false;  ///< every group each country's data describe, one assessment per country and group
};

/// The groups a profile's data describe: its primary group, and any group with an entry of its own.
std::vector<GroupId> DescribedGroups(const CountryProfile& profile, const FactCatalogue& catalogue);

/// True when the profile's data describe `group` (it is among DescribedGroups).
bool HasGroupData(const CountryProfile& profile, const FactCatalogue& catalogue, GroupId group);

/// Throws InputError naming an unknown country code (with a suggestion).
std::vector<const CountryProfile*> SelectCountries(const Dataset& dataset, const std::vector<std::string>& codes);

Assessment Assess(const RulePack& pack, const Dataset& dataset, WorkerPool& pool, const AssessOptions& options);

}  // namespace workrights
