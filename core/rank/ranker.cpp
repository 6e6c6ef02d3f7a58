#include "core/rank/ranker.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace workrights {

std::vector<int> RanksOf(const std::vector<double>& index, const std::vector<const CountryProfile*>& countries) {
  std::vector<size_t> order(index.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    bool ka = !std::isnan(index[a]), kb = !std::isnan(index[b]);
    if (ka != kb) return ka;
    if (ka && index[a] != index[b]) return index[a] > index[b];
    return countries[a]->iso3 < countries[b]->iso3;
  });
  std::vector<int> rank(index.size(), 0);
  int next = 1;
  for (size_t i : order) {
    if (!std::isnan(index[i])) rank[i] = next++;
  }
  return rank;
}

namespace {

std::vector<std::string> TopK(const std::vector<double>& index, const std::vector<const CountryProfile*>& countries,
                              int k) {
  std::vector<int> ranks = RanksOf(index, countries);
  std::vector<std::pair<int, std::string>> top;
  for (size_t c = 0; c < ranks.size(); ++c) {
    if (ranks[c] > 0 && ranks[c] <= k) top.emplace_back(ranks[c], countries[c]->iso3);
  }
  std::sort(top.begin(), top.end());
  std::vector<std::string> out;
  for (auto& [r, code] : top) out.push_back(code);
  return out;
}

/// One domain weight moved by a factor: a case of the weight sensitivity.
struct WeightCase {
  std::string domain;
  double factor = 1;
};

void CheckRankable(const RulePack& pack, const RankOptions& options) {
  if (options.top < 1) ThrowInputError(SourceLocation{}, "--top must be at least 1");
  if (!pack.info.priority.defined) {
    ThrowInputError(SourceLocation{pack.sources.DisplayPath(pack.sources.pack_file.path), 0, 0, {}, {}},
                    "the pack defines no priority function",
                    "add priority = { reads = {...}, evaluate = function(c) ... end } to pack.lua");
  }
}

// Ranking without a scenario is ranking the baseline: a scenario with no pledges, on the chosen date.
Scenario BaselineScenario(const Date& as_of) {
  Scenario baseline;
  baseline.id = "baseline";
  baseline.title = "Baseline";
  baseline.as_of = as_of;
  return baseline;
}

/// The point run: every applicable pledge implemented, point values; plus each domain weight moved down and
/// up by `sensitivity`, in `cases`' order.
SimulationOptions PointRunOptions(const PackInfo& info, double sensitivity, std::vector<WeightCase>& cases) {
  SimulationOptions det;
  det.priority = true;
  for (size_t d = 0; d < info.domains.size(); ++d) {
    for (double f : {1 - sensitivity, 1 + sensitivity}) {
      std::vector<double> w;
      for (const auto& dom : info.domains) w.push_back(dom.weight);
      w[d] *= f;
      det.domain_weight_sets.push_back(w);
      cases.push_back({info.domains[d].id, f});
    }
  }
  return det;
}

void ThrowPriorityErrors(const RulePack& pack, const SimulationResult& r) {
  if (r.priority_errors.empty()) return;
  std::vector<Diagnostic> ds;
  // The message already says pack.lua:line and "priority"; put the pack's folder in front so it can be opened.
  for (const auto& e : r.priority_errors) ds.push_back({SourceLocation{}, pack.sources.DisplayPath(e), {}});
  throw InputError(ds);
}

/// Run `run`'s index per country, from [run][country] values.
std::vector<double> IndexOfRun(const std::vector<double>& values, size_t run, size_t countries) {
  return std::vector<double>(values.begin() + static_cast<long>(run * countries),
                             values.begin() + static_cast<long>((run + 1) * countries));
}

std::vector<CountryRank> PointRanks(const SimulationResult& point, const std::vector<double>& point_index) {
  std::vector<int> point_rank = RanksOf(point_index, point.countries);
  std::vector<CountryRank> ranks(point.countries.size());
  for (size_t c = 0; c < ranks.size(); ++c) {
    ranks[c].profile = point.countries[c];
    ranks[c].point = point.priority_detail[c];
    if (point_rank[c] > 0) ranks[c].rank = point_rank[c];
  }
  return ranks;
}

/// Rank interval, median rank, P(in top K) and the index's spread over the draws of `sim`.
void AddDrawRanks(const SimulationResult& sim, int top, std::vector<CountryRank>& ranks) {
  const size_t nc = sim.countries.size();
  std::vector<std::vector<double>> rank_values(nc), index_values(nc);
  std::vector<size_t> in_top(nc, 0);
  for (size_t run = 0; run < sim.runs; ++run) {
    std::vector<double> index = IndexOfRun(sim.priority_runs, run, nc);
    std::vector<int> r = RanksOf(index, sim.countries);
    for (size_t c = 0; c < nc; ++c) {
      index_values[c].push_back(index[c]);
      if (r[c] == 0) continue;
      rank_values[c].push_back(r[c]);
      if (r[c] <= top) ++in_top[c];
    }
  }
  for (size_t c = 0; c < nc; ++c) {
    std::vector<double>& v = rank_values[c];
    std::sort(v.begin(), v.end());
    ranks[c].ranked_draws = v.size();
    if (!v.empty()) {
      ranks[c].median_rank = Quantile(v, 0.5);
      ranks[c].p5_rank = Quantile(v, 0.05);
      ranks[c].p95_rank = Quantile(v, 0.95);
    }
    ranks[c].p_top = static_cast<double>(in_top[c]) / static_cast<double>(sim.runs);
    ranks[c].index = Summarize(index_values[c]);
  }
}

/// The top K with weight set `k` of the point run, and how it differs from the point top K.
SensitivityCase CompareTop(const SimulationResult& point, size_t k, const WeightCase& weight_case,
                           const std::vector<std::string>& point_top, int top) {
  SensitivityCase s;
  s.domain = weight_case.domain;
  s.factor = weight_case.factor;
  s.top = TopK(IndexOfRun(point.sensitivity, k, point.countries.size()), point.countries, top);
  for (const auto& c : s.top) {
    if (std::find(point_top.begin(), point_top.end(), c) == point_top.end()) s.entered.push_back(c);
  }
  for (const auto& c : point_top) {
    if (std::find(s.top.begin(), s.top.end(), c) == s.top.end()) s.left.push_back(c);
  }
  return s;
}

// The priority index of every country with its overall score at `end` ("overall.lower" or "overall.upper") in
// place of the point figure; NaN where unknown.
std::vector<double> IndexAtBound(const SimulationResult& point, WorkerPool& pool, const std::string& end) {
  const auto& names = point.metrics;
  const size_t overall = 0, bound = static_cast<size_t>(std::find(names.begin(), names.end(), end) - names.begin());
  std::vector<double> out(point.countries.size(), std::numeric_limits<double>::quiet_NaN());
  for (size_t c = 0; c < point.countries.size() && bound < names.size(); ++c) {
    std::vector<double> metrics(names.size());
    for (size_t m = 0; m < names.size(); ++m) metrics[m] = point.BaselinePoint(c, m);
    metrics[overall] = metrics[bound];
    PriorityResult pr;
    pool.runtime(0).EvaluatePriority(MakeFactView(*point.countries[c], point.scenario->as_of, point.options.group),
                                     metrics.data(), pr);
    if (pr.status == RuleStatus::kOk) out[c] = pr.index;
  }
  return out;
}

// Best rank: only countries sure to rank above (their lowest index above this one's highest) come first; worst
// rank: every country that could rank above does.
void AddBoundRanks(const SimulationResult& point, WorkerPool& pool, std::vector<CountryRank>& ranks) {
  // A lower overall score means more to improve, so the index is highest at the overall's lower bound.
  const std::vector<double> high = IndexAtBound(point, pool, "overall.lower");
  const std::vector<double> low = IndexAtBound(point, pool, "overall.upper");
  for (size_t c = 0; c < ranks.size(); ++c) {
    if (std::isnan(high[c]) || std::isnan(low[c])) continue;
    int best = 1, worst = 1;
    for (size_t d = 0; d < ranks.size(); ++d) {
      if (d == c || std::isnan(high[d]) || std::isnan(low[d])) continue;
      best += low[d] > high[c] ? 1 : 0;
      worst += high[d] > low[c] ? 1 : 0;
    }
    ranks[c].best_rank = best;
    ranks[c].worst_rank = worst;
  }
}

// By point rank; unknown indexes last; ties by ISO3.
void SortByRank(std::vector<CountryRank>& ranks) {
  std::sort(ranks.begin(), ranks.end(), [](const CountryRank& a, const CountryRank& b) {
    if (a.rank.has_value() != b.rank.has_value()) return a.rank.has_value();
    if (a.rank && *a.rank != *b.rank) return *a.rank < *b.rank;
    return a.profile->iso3 < b.profile->iso3;
  });
}

}  // namespace

Ranking Rank(const RulePack& pack, const Dataset& dataset, const Scenario* scenario, WorkerPool& pool,
             const RankOptions& options) {
  CheckRankable(pack, options);
  const Scenario baseline = BaselineScenario(options.as_of);
  const Scenario& sc = scenario ? *scenario : baseline;
  Ranking out;
  out.scenario = scenario;
  out.options = options;
  if (options.group) out.group = dataset.catalogue.GroupName(*options.group);

  std::vector<WeightCase> cases;
  SimulationOptions point_options = PointRunOptions(pack.info, options.sensitivity, cases);
  point_options.group = options.group;
  SimulationResult point = Simulate(pack, dataset, sc, pool, point_options);
  ThrowPriorityErrors(pack, point);
  out.evaluations = point.evaluations;
  std::vector<double> point_index = IndexOfRun(point.priority_runs, 0, point.countries.size());
  out.top = TopK(point_index, point.countries, options.top);
  std::vector<CountryRank> ranks = PointRanks(point, point_index);
  if (!scenario) AddBoundRanks(point, pool, ranks);

  if (options.draws > 0) {
    SimulationOptions mc;
    mc.priority = true;
    mc.draws = options.draws;
    mc.seed = options.seed;
    mc.memory_limit_gib = options.memory_limit_gib;
    mc.group = options.group;
    SimulationResult sim = Simulate(pack, dataset, sc, pool, mc);
    ThrowPriorityErrors(pack, sim);
    out.evaluations += sim.evaluations;
    AddDrawRanks(sim, options.top, ranks);
  }
  for (size_t k = 0; k < cases.size(); ++k) {
    out.sensitivity.push_back(CompareTop(point, k, cases[k], out.top, options.top));
  }
  SortByRank(ranks);
  out.countries = std::move(ranks);
  return out;
}

}  // namespace workrights
