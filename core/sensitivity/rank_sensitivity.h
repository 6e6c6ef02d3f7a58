#pragma once
// Which assumptions drive the priority list: first-order and total-effect Sobol' indices, with bootstrap
// intervals, of each country's rank, overall score and membership of the top K, and of the top K as a whole,
// for each input group (core/sensitivity/sensitivity_inputs.h). Saltelli sampling on Sobol' points
// (saltelli_design.h), the ranking model run on every row (rank_model.h), the estimators of sobol_indices.h.
// Deterministic for a seed and byte-identical whatever the number of threads; a run can be split into shards of
// base samples (rank --sensitivity --draw-range, core/sensitivity/sensitivity_shard.h) that `workrights merge`
// joins into exactly the output of one run.
#include <optional>
#include <string>
#include <vector>

#include "core/base/resource_limit.h"
#include "core/rank/ranker.h"
#include "core/sensitivity/rank_model.h"
#include "core/sensitivity/saltelli_design.h"
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

/// What a whole run, each of its shards and their merge make alike before any model run: the scenario, the
/// point assessment, the inputs and the design.
struct RankSensitivityPlan {
  Scenario scenario;  ///< the ranking's, or the baseline (no pledges) on its date
  Assessment point;
  SobolSensitivity out;  ///< everything but the indices and the counts of runs
  std::optional<SaltelliDesign> design;
};

/// Throws InputError when --samples is below 2 or the inputs need more Sobol' dimensions than shipped.
RankSensitivityPlan PlanRankSensitivity(const RulePack& pack, const Dataset& dataset, const Ranking& ranking,
                                        WorkerPool& pool, const SobolOptions& options);

/// Refuses (ResourceLimitError) keeping the runs of `samples` base samples when they need more memory than
/// options.memory_limit_gib.
void CheckRankRunsMemory(const RankSensitivityPlan& plan, size_t samples);

/// The model's runs on the rows of base samples [first_sample, last_sample). Throws InputError when the
/// priority function fails.
RankRuns RunRankSensitivity(const RulePack& pack, const RankSensitivityPlan& plan, size_t first_sample,
                            size_t last_sample, WorkerPool& pool);

/// The indices from the runs of every row of the design, the point ranks and the reading.
SobolSensitivity FinishRankSensitivity(const RankSensitivityPlan& plan, const Ranking& ranking, const RankRuns& runs,
                                       WorkerPool& pool);

/// Plan, every run and the indices in one. Throws InputError when --samples is below 2, the inputs need more
/// Sobol' dimensions than shipped, or the priority function fails.
SobolSensitivity RankSensitivity(const RulePack& pack, const Dataset& dataset, const Ranking& ranking,
                                 WorkerPool& pool, const SobolOptions& options);

}  // namespace workrights
