#pragma once
// Baseline and scenario side by side, deterministic or by Monte Carlo. Each draw decides which pledges are
// implemented, samples uncertain facts and weights, re-evaluates only the (country, rule) pairs whose facts
// changed (the dependency index comes from the rules' declared reads) and re-aggregates.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/assess/assessment.h"
#include "core/base/resource_limit.h"
#include "core/simulate/scenario.h"
#include "core/base/statistics.h"
#include "core/rules/worker_pool.h"

namespace workrights {

struct SimulationOptions {
  int draws = 0;      ///< 0: one deterministic run (every applicable pledge implemented, point values)
  uint64_t seed = 0;
  size_t first_draw = 0;  ///< with draw_count: run only draws [first_draw, first_draw + draw_count) (a shard)
  std::optional<size_t> draw_count;
  bool full_evaluation = false;  ///< re-evaluate every rule in every draw (for tests of incremental evaluation)
  /// The legal-status group every country is assessed for: nullopt = each country's primary group. With a group,
  /// only the countries whose data describe it take part (rank --group).
  std::optional<GroupId> group;
  /// Also compute the pack's priority index for every country in every run (for `workrights rank`).
  bool priority = false;
  /// Deterministic runs only: other domain-weight sets to re-aggregate with, for the priority's sensitivity.
  std::vector<std::vector<double>> domain_weight_sets;
  /// Also keep every run's values (baseline_runs, scenario_runs, contributions): shards and tests need them.
  /// Without it each country's runs are summarised as soon as they are done and memory does not grow with
  /// countries x draws.
  bool keep_runs = false;
  /// The memory the run may plan to use (GiB); more is refused before anything is allocated (ResourceLimitError).
  double memory_limit_gib = kDefaultMemoryLimitGiB;
  /// Called from worker threads with (draws done, draws in total); must be thread-safe.
  std::function<void(size_t, size_t)> progress;
};

/// One metric of one country over the runs.
struct MetricStats {
  Summary baseline;  ///< the metric without the scenario, under the same draws (profile uncertainty, weights)
  Summary scenario;  ///< the metric under the scenario
  Summary change;    ///< scenario minus baseline, run by run: the draws' own noise cancels here
  /// Of the runs where the change is not zero (both known), the share where it is positive; NaN when the scenario
  /// changed nothing in any run. A pledge that can only raise scores never reads as harmful.
  double p_improves = 0;
  double p_unchanged = 0;  ///< share of paired runs where the scenario changed nothing; NaN if none paired
  size_t paired = 0;       ///< runs where both are known
};

/// Per country, the metrics of one run: overall, de jure, de facto, gap, coverage, then per domain its score,
/// de jure and de facto. NaN marks unknown.
std::vector<std::string> SimulationMetricNames(const PackInfo& pack);

struct SimulationResult {
  const Scenario* scenario = nullptr;
  const PackInfo* pack = nullptr;
  const Dataset* dataset = nullptr;
  SimulationOptions options;
  std::vector<const CountryProfile*> countries;
  std::vector<bool> affected;         ///< per country: a pledge or an uncertainty touches it
  std::vector<bool> pledged;          ///< per country: an applicable pledge covers it
  std::vector<bool> pledge_applies;   ///< per pledge: effective on or before the scenario's as_of
  std::vector<std::string> metrics;
  size_t runs = 0;                    ///< draws, or 1 for a deterministic run
  std::vector<double> baseline_point;  ///< [country][metric]
  std::vector<MetricStats> stats;      ///< [country][metric], over the runs
  std::vector<Summary> contribution_stats;  ///< [pledge][country]; n = 0 where the pledge does not cover the country
  std::vector<uint8_t> implemented;    ///< [run][pledge]
  // Every run's values, only with SimulationOptions::keep_runs (and after MergeShards):
  std::vector<double> baseline_runs;   ///< [run][country][metric]: the baseline with the run's samples, no pledges
  std::vector<double> scenario_runs;   ///< [run][country][metric]
  std::vector<double> contributions;   ///< [run][pledge][country]: overall with the pledge minus without it
  std::vector<double> priority_runs;   ///< [run][country]: the priority index, NaN when unknown
  std::vector<PriorityResult> priority_detail;  ///< deterministic runs: per country, with terms and notes
  std::vector<double> sensitivity;     ///< [weight set][country]: priority index with that domain-weight set
  std::vector<std::string> priority_errors;  ///< priority functions that failed (by country)
  uint64_t evaluations = 0;            ///< rule evaluations done
  uint64_t evaluations_full = 0;       ///< what re-evaluating everything in every run would have taken

  /// The evaluations incremental evaluation saved; 0 when the run did more than evaluations_full, which counts
  /// one call per rule while a rule with unknown facts is called once per bound (one country, few runs).
  uint64_t SkippedEvaluations() const { return evaluations_full > evaluations ? evaluations_full - evaluations : 0; }

  double BaselinePoint(size_t country, size_t metric) const { return baseline_point[country * metrics.size() + metric]; }
  const MetricStats& Stats(size_t country, size_t metric) const { return stats[country * metrics.size() + metric]; }
  const Summary& ContributionStats(size_t pledge, size_t country) const {
    return contribution_stats[pledge * countries.size() + country];
  }
  // Per-run accessors: only with keep_runs.
  double ScenarioValue(size_t run, size_t country, size_t metric) const {
    return scenario_runs[(run * countries.size() + country) * metrics.size() + metric];
  }
  double Baseline(size_t run, size_t country, size_t metric) const {
    return baseline_runs[(run * countries.size() + country) * metrics.size() + metric];
  }
  double Contribution(size_t run, size_t pledge, size_t country) const {
    return contributions[(run * pledge_applies.size() + pledge) * countries.size() + country];
  }
};

/// Summarises one metric from per-run values (`stride` apart).
MetricStats SummarizeMetric(const double* baseline, const double* scenario, size_t runs, size_t stride);

/// Fills stats and contribution_stats from the kept per-run values (after MergeShards).
void SummarizeKeptRuns(SimulationResult& r);

/// Bytes the run's per-run values will take at their peak (the result's slots, the countries being worked on, the
/// summaries' copies, the run-level draws), worked out from its shape before anything is allocated.
double SimulationMemoryBytes(const SimulationResult& r, int threads);

/// Refuses (ResourceLimitError) a run whose SimulationMemoryBytes exceed options.memory_limit_gib.
SimulationResult Simulate(const RulePack& pack, const Dataset& dataset, const Scenario& scenario, WorkerPool& pool,
                          const SimulationOptions& options);

}  // namespace workrights
