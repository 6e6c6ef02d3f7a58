#include "core/rank/ranker.h"

#include <algorithm>
#include <cmath>
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

static std::vector<std::string> TopK(const std::vector<double>& index, const std::vector<const CountryProfile*>& countries,
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

Ranking Rank(const RulePack& pack, const Dataset& dataset, const Scenario* scenario, WorkerPool& pool,
             const RankOptions& options) {
  const PackInfo& info = pack.info;
  if (options.top < 1) ThrowInputError(SourceLocation{}, "--top must be at least 1");
  if (!info.priority.defined) {
    ThrowInputError(SourceLocation{pack.sources.DisplayPath(pack.sources.pack_file.path), 0, 0, {}, {}},
                    "the pack defines no priority function",
                    "add priority = { reads = {...}, evaluate = function(c) ... end } to pack.lua");
  }
  // Ranking without a scenario is ranking the baseline: a scenario with no pledges, at no particular date.
  Scenario baseline;
  baseline.id = "baseline";
  baseline.title = "Baseline";
  baseline.as_of = Date{9999, 12, 31};
  const Scenario& sc = scenario ? *scenario : baseline;

  Ranking out;
  out.scenario = scenario;
  out.options = options;

  // Point run: every applicable pledge implemented, point values; plus the weight-sensitivity sets.
  SimulationOptions det;
  det.priority = true;
  std::vector<std::pair<std::string, double>> cases;
  for (size_t d = 0; d < info.domains.size(); ++d) {
    for (double f : {1 - options.sensitivity, 1 + options.sensitivity}) {
      std::vector<double> w;
      for (const auto& dom : info.domains) w.push_back(dom.weight);
      w[d] *= f;
      det.domain_weight_sets.push_back(w);
      cases.emplace_back(info.domains[d].id, f);
    }
  }
  SimulationResult point = Simulate(pack, dataset, sc, pool, det);
  auto check_errors = [&](const SimulationResult& r) {
    if (r.priority_errors.empty()) return;
    std::vector<Diagnostic> ds;
    // The message already says pack.lua:line and "priority"; put the pack's folder in front so it can be opened.
    for (const auto& e : r.priority_errors) ds.push_back({SourceLocation{}, pack.sources.DisplayPath(e), {}});
    throw InputError(ds);
  };
  check_errors(point);
  out.evaluations = point.evaluations;
  const size_t nc = point.countries.size();
  std::vector<double> point_index(point.priority_runs.begin(), point.priority_runs.begin() + static_cast<long>(nc));
  std::vector<int> point_rank = RanksOf(point_index, point.countries);
  out.top = TopK(point_index, point.countries, options.top);

  std::vector<CountryRank> ranks(nc);
  for (size_t c = 0; c < nc; ++c) {
    ranks[c].profile = point.countries[c];
    ranks[c].point = point.priority_detail[c];
    if (point_rank[c] > 0) ranks[c].rank = point_rank[c];
  }

  if (options.draws > 0) {
    SimulationOptions mc;
    mc.priority = true;
    mc.draws = options.draws;
    mc.seed = options.seed;
    SimulationResult sim = Simulate(pack, dataset, sc, pool, mc);
    check_errors(sim);
    out.evaluations += sim.evaluations;
    std::vector<std::vector<double>> rank_values(nc), index_values(nc);
    std::vector<size_t> in_top(nc, 0);
    for (size_t run = 0; run < sim.runs; ++run) {
      std::vector<double> index(sim.priority_runs.begin() + static_cast<long>(run * nc),
                                sim.priority_runs.begin() + static_cast<long>((run + 1) * nc));
      std::vector<int> r = RanksOf(index, sim.countries);
      for (size_t c = 0; c < nc; ++c) {
        index_values[c].push_back(index[c]);
        if (r[c] == 0) continue;
        rank_values[c].push_back(r[c]);
        if (r[c] <= options.top) ++in_top[c];
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

  for (size_t k = 0; k < cases.size(); ++k) {
    std::vector<double> index(point.sensitivity.begin() + static_cast<long>(k * nc),
                              point.sensitivity.begin() + static_cast<long>((k + 1) * nc));
    SensitivityCase s;
    s.domain = cases[k].first;
    s.factor = cases[k].second;
    s.top = TopK(index, point.countries, options.top);
    for (const auto& c : s.top) {
      if (std::find(out.top.begin(), out.top.end(), c) == out.top.end()) s.entered.push_back(c);
    }
    for (const auto& c : out.top) {
      if (std::find(s.top.begin(), s.top.end(), c) == s.top.end()) s.left.push_back(c);
    }
    out.sensitivity.push_back(s);
  }

  std::sort(ranks.begin(), ranks.end(), [](const CountryRank& a, const CountryRank& b) {
    if (a.rank.has_value() != b.rank.has_value()) return a.rank.has_value();
    if (a.rank && *a.rank != *b.rank) return *a.rank < *b.rank;
    return a.profile->iso3 < b.profile->iso3;
  });
  out.countries = std::move(ranks);
  return out;
}

}  // namespace workrights
