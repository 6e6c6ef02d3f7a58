#pragma once
// Priority countries: the pack's priority index per country, ranked; under Monte Carlo the rank interval,
// median rank and P(in top K), from the simulation's draws; and how the top K moves when each domain weight
// moves by +-20%.
#include <optional>
#include <string>
#include <vector>

#include "core/base/resource_limit.h"
#include "core/simulate/scenario.h"
#include "core/simulate/simulator.h"
#include "core/base/statistics.h"

namespace workrights {

struct RankOptions {
  int top = 10;
  int draws = 0;
  uint64_t seed = 0;
  double sensitivity = 0.2;  ///< each domain weight is moved by this share, down and up
  Date as_of{9999, 12, 31};  ///< the facts in force on this date when ranking the baseline (a scenario has its own)
  double memory_limit_gib = kDefaultMemoryLimitGiB;  ///< Monte Carlo draws that need more are refused
  /// Rank the countries for this legal-status group (only those whose data describe it); nullopt = each
  /// country's primary group.
  std::optional<GroupId> group;
};

struct CountryRank {
  const CountryProfile* profile = nullptr;
  PriorityResult point;        ///< the index with point values (baseline, or every pledge implemented)
  std::optional<int> rank;     ///< point rank, 1 = highest index; nullopt when the index is unknown
  /// Best and worst rank the data bounds allow: the index with the overall score at its lower and at its upper
  /// bound, against every other country's extremes. Baseline only; nullopt for a scenario or an unknown index.
  std::optional<int> best_rank, worst_rank;
  // Monte Carlo (draws > 0)
  size_t ranked_draws = 0;     ///< draws in which the index was known
  double median_rank = 0, p5_rank = 0, p95_rank = 0, p_top = 0;
  Summary index;
};

struct SensitivityCase {
  std::string domain;
  double factor = 1;
  std::vector<std::string> top;      ///< the top K with this weight
  std::vector<std::string> entered;  ///< in this top K but not in the point top K
  std::vector<std::string> left;     ///< in the point top K but not in this one
};

struct Ranking {
  const Scenario* scenario = nullptr;  ///< nullptr: the baseline
  RankOptions options;
  std::string group;  ///< the group ranked (catalogue name); empty: each country's primary group
  std::vector<CountryRank> countries;  ///< by point rank; unknown indexes last (by ISO3)
  std::vector<std::string> top;        ///< point top K
  std::vector<SensitivityCase> sensitivity;
  uint64_t evaluations = 0;
};

/// Throws InputError when the pack has no priority function or it fails for a country (naming the pack file,
/// line and function), or when K < 1.
Ranking Rank(const RulePack& pack, const Dataset& dataset, const Scenario* scenario, WorkerPool& pool,
             const RankOptions& options);

/// Ranks of the countries for one run's indexes: 1 = highest; NaN indexes get 0 (unranked). Ties by ISO3.
std::vector<int> RanksOf(const std::vector<double>& index, const std::vector<const CountryProfile*>& countries);

}  // namespace workrights
