#pragma once
// Which assumptions drive the priority list: first-order and total-effect Sobol' indices, with bootstrap
// intervals, of each country's rank, overall score and membership of the top K, and of the top K as a whole,
// for each input group (core/sensitivity/sensitivity_inputs.h). Saltelli sampling on Sobol' points
// (saltelli_design.h), the ranking model run on every row (rank_model.h), the estimators of sobol_indices.h.
// Deterministic for a seed and byte-identical whatever the number of threads.
#include <optional>
#include <string>
#include <vector>

#include "core/base/resource_limit.h"
#include "core/rank/ranker.h"
#include "core/sensitivity/sensitivity_inputs.h"
#include "core/sensitivity/sobol_indices.h"

namespace workrights {

struct SobolOptions {
  size_t samples = 1024;    ///< N, the base samples: the model runs N (k + 2) times for k input groups
  size_t bootstrap = 200;   ///< resamples for the confidence intervals
  double confidence = 0.95;
  uint64_t seed = 0;
  InputRanges ranges;
  UnknownsMode unknowns = UnknownsMode::kPerCountry;  ///< how the countries' unknown facts are inputs
  double memory_limit_gib = kDefaultMemoryLimitGiB;  ///< a design whose runs need more is refused
};

struct CountrySensitivity {
  const CountryProfile* profile = nullptr;
  std::optional<int> point_rank;  ///< as in the ranking
  TargetIndices rank;     ///< not known when the country's index is unknown in some run
  TargetIndices overall;  ///< not known when its overall score is
  TargetIndices top;      ///< membership of the top K: its mean is the share of runs in the top K
};

struct SobolSensitivity {
  const Scenario* scenario = nullptr;  ///< nullptr: the baseline
  Date as_of;
  std::string group;  ///< the group ranked (rank --group); empty: each country's primary group
  int top = 10;
  SobolOptions options;
  std::vector<SensitivityInput> inputs;      ///< the input groups, in the order of every `groups` below
  std::vector<std::string> point_top;        ///< the ranking's top K
  std::vector<CountrySensitivity> countries; ///< in the ranking's order
  /// Every country's membership of the top K together: the share of the variance of who is in it that each
  /// input explains.
  TargetIndices top_set;
  std::string reading;  ///< one paragraph in plain words (sensitivity_reading.h)
  uint64_t runs = 0, rule_evaluations = 0, priority_evaluations = 0, reused = 0;
};

/// Throws InputError when --samples is below 2, the inputs need more Sobol' dimensions than shipped, or the
/// priority function fails.
SobolSensitivity RankSensitivity(const RulePack& pack, const Dataset& dataset, const Ranking& ranking,
                                 WorkerPool& pool, const SobolOptions& options);

}  // namespace workrights
