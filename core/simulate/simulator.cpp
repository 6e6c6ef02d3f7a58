#include "core/simulate/simulator.h"

#include <atomic>
#include <cmath>
#include <deque>
#include <limits>
#include <map>
#include <memory>
#include <mutex>

#include "core/assess/aggregator.h"
#include "core/assess/evaluator.h"
#include "core/assess/rule_bounds.h"
#include "core/simulate/random.h"

namespace workrights {
namespace {

constexpr double kUnknown = std::numeric_limits<double>::quiet_NaN();

void Metrics(const CountryAssessment& c, double* out) { FillMetrics(c, out); }

uint64_t CountryStream(const std::string& iso3) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char ch : iso3) h = (h ^ ch) * 0x100000001b3ULL;
  return h;
}

FactValue Sample(const Distribution& d, DrawRng& rng) {
  switch (d.kind) {
    case DistributionKind::kUniform: return rng.Uniform(d.min, d.max);
    case DistributionKind::kTriangular: return rng.Triangular(d.min, d.mode, d.max);
    case DistributionKind::kNormal: return rng.TruncatedNormal(d.mean, d.sd, d.min, d.max);
    case DistributionKind::kCategorical: {
      double u = rng.Uniform01(), cumulative = 0;
      for (const auto& [value, p] : d.choices) {
        cumulative += p;
        if (u < cumulative) return value;
      }
      return d.choices.back().first;
    }
  }
  return 0.0;
}

// One country's facts in one run: the point view plus changed entries, which the run owns.
struct Overlay {
  FactView view;
  std::deque<FactEntry> owned;  // deque: pointers stay valid as entries are added
  std::vector<FactId> changed;

  void Set(FactId fact, GroupId group, FactValue value) {
    FactEntry e;
    e.value = std::move(value);
    e.group = group;
    owned.push_back(std::move(e));
    const FactEntry* p = &owned.back();
    if (group == view.group) {
      view.facts[static_cast<size_t>(fact)] = p;
    } else {
      bool replaced = false;
      for (auto& o : view.other_groups) {
        if (o.fact == fact && o.group == group) {
          o.entry = p;
          replaced = true;
        }
      }
      if (!replaced) view.other_groups.push_back({fact, group, p});
    }
    changed.push_back(fact);
  }
};

// Applies one pledge change; `rng` samples its uncertain value when `sample` is set.
void ApplyChange(const FactChange& ch, Overlay& o, DrawRng* rng) {
  GroupId group = ch.group.value_or(o.view.group);
  if (ch.op == ChangeOp::kSet) {
    o.Set(ch.fact, group, rng && ch.distribution ? Sample(*ch.distribution, *rng) : ch.value);
    return;
  }
  double amount = rng && ch.distribution ? std::get<double>(Sample(*ch.distribution, *rng)) : ch.amount;
  const FactEntry* current = o.view.Get(ch.fact, group);
  if (!current) return;  // adding to or scaling an unknown number leaves it unknown
  double base = std::get<double>(current->value);
  o.Set(ch.fact, group, ch.op == ChangeOp::kAdd ? base + amount : base * amount);
}

}  // namespace

std::vector<std::string> SimulationMetricNames(const PackInfo& pack) { return MetricNames(pack); }

SimulationResult Simulate(const RulePack& pack, const Dataset& dataset, const Scenario& scenario, WorkerPool& pool,
                          const SimulationOptions& options) {
  const PackInfo& info = pack.info;
  SimulationResult r;
  r.scenario = &scenario;
  r.pack = &info;
  r.dataset = &dataset;
  r.options = options;
  r.metrics = SimulationMetricNames(info);
  const size_t nm = r.metrics.size(), nr = info.rules.size(), np = scenario.pledges.size();
  for (const auto& c : dataset.countries) r.countries.push_back(&c);
  const size_t nc = r.countries.size();
  for (const auto& p : scenario.pledges) r.pledge_applies.push_back(p.effective <= scenario.as_of);
  const bool monte_carlo = options.draws > 0;
  r.runs = monte_carlo ? options.draw_count.value_or(static_cast<size_t>(options.draws)) : 1;

  // Dependency index: which rules read each fact (from their declared reads: a safe superset of the evidence).
  std::vector<std::vector<int>> readers(dataset.catalogue.size());
  for (size_t i = 0; i < nr; ++i) {
    for (FactId f : info.rules[i].reads) readers[static_cast<size_t>(f)].push_back(static_cast<int>(i));
  }

  // The point baseline at the scenario's date, evaluated once and reused by every run.
  AssessOptions assess_options;
  assess_options.as_of = scenario.as_of;
  Assessment base = Assess(pack, dataset, pool, assess_options);
  uint64_t evaluations_before = pool.evaluations();
  r.baseline_point.assign(nc * nm, kUnknown);
  for (size_t c = 0; c < nc; ++c) Metrics(base.countries[c], &r.baseline_point[c * nm]);

  // Per country: the uncertain facts that apply (profile uncertainty and scenario uncertain_facts).
  struct Uncertain {
    FactId fact;
    GroupId group;
    const Distribution* dist;
  };
  std::vector<std::vector<Uncertain>> uncertain(nc);
  r.affected.assign(nc, false);
  r.pledged.assign(nc, false);
  for (size_t c = 0; c < nc; ++c) {
    const FactView& view = base.countries[c].view;
    if (monte_carlo) {
      for (size_t f = 0; f < view.facts.size(); ++f) {
        const FactEntry* e = view.facts[f];
        if (e && e->uncertainty) uncertain[c].push_back({static_cast<FactId>(f), view.group, &*e->uncertainty});
      }
      for (const auto& u : scenario.uncertain) {
        bool covers = u.countries.empty() ||
                      std::find(u.countries.begin(), u.countries.end(), r.countries[c]->iso3) != u.countries.end();
        if (covers) uncertain[c].push_back({u.fact, u.group.value_or(view.group), &u.distribution});
      }
    }
    for (size_t p = 0; p < np; ++p) {
      if (r.pledge_applies[p] && scenario.pledges[p].Covers(r.countries[c]->iso3)) r.pledged[c] = true;
    }
    r.affected[c] = r.pledged[c] || !uncertain[c].empty();
  }

  if (options.keep_runs) {
    r.baseline_runs.assign(r.runs * nc * nm, kUnknown);
    r.scenario_runs.assign(r.runs * nc * nm, kUnknown);
    r.contributions.assign(r.runs * np * nc, kUnknown);
  }
  r.stats.assign(nc * nm, MetricStats{});
  r.contribution_stats.assign(np * nc, Summary{});
  const size_t nsets = monte_carlo ? 0 : options.domain_weight_sets.size();
  if (options.priority) {
    r.priority_runs.assign(r.runs * nc, kUnknown);
    if (!monte_carlo) r.priority_detail.assign(nc, PriorityResult{});
    r.sensitivity.assign(nsets * nc, kUnknown);
  }
  // Failures of the priority function: per message, the first (run, country) it happened in. Rare, so one lock.
  std::map<std::string, std::pair<size_t, size_t>> priority_failures;
  std::mutex failures_mutex;

  // Run-level choices, drawn first and in draw order from each draw's own stream (draw numbers are global,
  // so a shard's draws are the same as in one run of all draws): pledges implemented, then weights.
  const bool weights_vary = monte_carlo && !scenario.weights.empty();
  std::vector<double> default_domain_w, default_rule_w;
  for (const auto& d : info.domains) default_domain_w.push_back(d.weight);
  for (const auto& rule : info.rules) default_rule_w.push_back(rule.weight);
  r.implemented.assign(r.runs * np, 0);
  const size_t nw = weights_vary ? scenario.weights.size() : 0;
  std::vector<double> sampled_weights(r.runs * nw);  // [run][scenario weight range]
  for (size_t run = 0; run < r.runs; ++run) {
    DrawRng rng(options.seed, options.first_draw + run, 0);
    for (size_t p = 0; p < np; ++p) {
      bool yes = r.pledge_applies[p] && (!monte_carlo || rng.Bernoulli(scenario.pledges[p].probability));
      r.implemented[run * np + p] = yes ? 1 : 0;
    }
    for (size_t k = 0; k < nw; ++k) sampled_weights[run * nw + k] = rng.Uniform(scenario.weights[k].min, scenario.weights[k].max);
  }

  std::vector<std::vector<const RuleResult*>> point_results(nc);
  for (size_t c = 0; c < nc; ++c) {
    for (const auto& res : base.countries[c].results) point_results[c].push_back(&res);
  }
  // Which applicable pledges cover each country.
  std::vector<std::vector<uint8_t>> covers(nc, std::vector<uint8_t>(np, 0));
  for (size_t c = 0; c < nc; ++c) {
    for (size_t p = 0; p < np; ++p) covers[c][p] = scenario.pledges[p].Covers(r.countries[c]->iso3) ? 1 : 0;
  }

  // Work is split into (country, block of draws) units, handed out country by country. A country's per-run
  // values live in a buffer only until its last block is done and they are summarised, so only about one
  // country per thread is held at a time, whatever the number of countries and draws.
  constexpr size_t kBlock = 256;
  const size_t blocks = (r.runs + kBlock - 1) / kBlock;
  struct CountryRuns {
    std::vector<double> base, scen, contrib;  // [run][metric], [run][metric], [run][pledge]
  };
  std::vector<std::unique_ptr<CountryRuns>> live(nc);
  std::vector<std::atomic<size_t>> blocks_left(nc);
  for (auto& b : blocks_left) b = blocks;
  std::mutex live_mutex;
  std::vector<uint64_t> full_counts(nc * blocks, 0);
  std::atomic<size_t> country_runs_done{0};

  pool.ParallelFor(nc * blocks, [&](RuleRuntime& rt, size_t unit) {
    const size_t c = unit / blocks, first_run = (unit % blocks) * kBlock, last_run = std::min(r.runs, first_run + kBlock);
    CountryRuns* buffer;
    {
      std::lock_guard<std::mutex> lock(live_mutex);
      if (!live[c]) {
        live[c] = std::make_unique<CountryRuns>();
        live[c]->base.assign(r.runs * nm, kUnknown);
        live[c]->scen.assign(r.runs * nm, kUnknown);
        live[c]->contrib.assign(r.runs * np, kUnknown);
      }
      buffer = live[c].get();
    }
    const CountryAssessment& point = base.countries[c];
    const std::string& iso3 = r.countries[c]->iso3;
    uint64_t full = 0;
    CountryAssessment scratch;  // reused: aggregation fills it, the metrics are copied out
    // Re-evaluated results live in scratch buffers reused across runs, so strings keep their capacity.
    std::vector<RuleResult> redone_base(nr), redone_with(nr), redone_without(nr);
    std::vector<const RuleResult*> view_base(nr), view_with(nr), view_without(nr);
    std::vector<uint8_t> redo(nr);
    std::vector<double> set_metrics(nm);
    std::vector<double> domain_w = default_domain_w, rule_w = default_rule_w;

    for (size_t run = first_run; run < last_run; ++run) {
      const size_t draw = options.first_draw + run;
      for (size_t k = 0; k < nw; ++k) {
        const auto& w = scenario.weights[k];
        (w.domain ? domain_w : rule_w)[static_cast<size_t>(w.index)] = sampled_weights[run * nw + k];
      }
      const uint8_t* implemented = r.implemented.data() + run * np;  // data(): np may be 0
      double* base_out = &buffer->base[run * nm];
      double* scen_out = &buffer->scen[run * nm];
      double* contrib_out = buffer->contrib.data() + run * np;

      // The priority index of the country from its scenario view, results and metrics of this run; in a
      // deterministic run also with each alternative domain-weight set.
      auto priority = [&](const FactView& view, const std::vector<const RuleResult*>& results, const double* metrics) {
        if (!options.priority) return;
        PriorityResult pr;
        rt.EvaluatePriority(view, metrics, pr);
        if (pr.status == RuleStatus::kError) {
          std::lock_guard<std::mutex> lock(failures_mutex);
          auto [it, added] = priority_failures.try_emplace(pr.error, run, c);
          if (!added) it->second = std::min(it->second, std::make_pair(run, c));
        }
        r.priority_runs[run * nc + c] = pr.status == RuleStatus::kOk ? pr.index : kUnknown;
        if (monte_carlo) return;
        r.priority_detail[c] = pr;
        for (size_t k = 0; k < nsets; ++k) {
          AggregateResults(info, options.domain_weight_sets[k], rule_w, results.data(), false, scratch);
          Metrics(scratch, set_metrics.data());
          PriorityResult alt;
          rt.EvaluatePriority(view, set_metrics.data(), alt);
          r.sensitivity[k * nc + c] = alt.status == RuleStatus::kOk ? alt.index : kUnknown;
        }
      };

      // Evaluates the rules that read a changed fact (all rules with full_evaluation) into `redone`, and
      // aggregates over `reuse` for the others. Returns the overall score.
      auto evaluate = [&](const FactView& view, const std::vector<FactId>& changed, const std::vector<const RuleResult*>& reuse,
                          std::vector<RuleResult>& redone, std::vector<const RuleResult*>& results, double* metrics_out) {
        std::fill(redo.begin(), redo.end(), options.full_evaluation ? 1 : 0);
        for (FactId f : changed) {
          for (int i : readers[static_cast<size_t>(f)]) redo[static_cast<size_t>(i)] = 1;
        }
        for (size_t i = 0; i < nr; ++i) {
          if (redo[i]) {
            EvaluateWithBounds(rt, static_cast<int>(i), view, 0, redone[i]);
            results[i] = &redone[i];
          } else {
            results[i] = reuse[i];
          }
        }
        AggregateResults(info, domain_w, rule_w, results.data(), false, scratch);
        full += nr;
        if (metrics_out) Metrics(scratch, metrics_out);
        return scratch.overall ? std::optional<double>(scratch.overall->point) : std::nullopt;
      };

      bool pledged = false;
      for (size_t p = 0; p < np; ++p) pledged = pledged || (implemented[p] && covers[c][p]);

      // Untouched in this draw: the point results stand; only sampled weights can move the scores.
      if (uncertain[c].empty() && !pledged && !options.full_evaluation) {
        if (weights_vary) {
          AggregateResults(info, domain_w, rule_w, point_results[c].data(), false, scratch);
          Metrics(scratch, base_out);
        } else {
          std::copy_n(&r.baseline_point[c * nm], nm, base_out);
        }
        std::copy_n(base_out, nm, scen_out);
        priority(point.view, point_results[c], scen_out);
        full += 2 * nr;
        for (size_t p = 0; p < np; ++p) {
          if (r.pledge_applies[p] && covers[c][p]) {
            contrib_out[p] = 0;
            full += nr;
          }
        }
        continue;
      }

      DrawRng crng(options.seed, draw, CountryStream(iso3));
      // Baseline of this draw: the point view with the draw's samples of uncertain facts.
      Overlay baseline_overlay{point.view, {}, {}};
      for (const auto& u : uncertain[c]) baseline_overlay.Set(u.fact, u.group, Sample(*u.dist, crng));
      evaluate(baseline_overlay.view, baseline_overlay.changed, point_results[c], redone_base, view_base, base_out);

      // Scenario: the implemented pledges' changes on top, in scenario order. Each change's uncertain value is
      // sampled once per draw and shared by the with/without comparisons below.
      std::vector<std::vector<FactValue>> sampled(np);
      for (size_t p = 0; p < np; ++p) {
        if (!implemented[p] || !covers[c][p]) continue;
        for (const auto& ch : scenario.pledges[p].changes) {
          sampled[p].push_back(monte_carlo && ch.distribution ? Sample(*ch.distribution, crng)
                                                              : (ch.op == ChangeOp::kSet ? ch.value : FactValue{ch.amount}));
        }
      }
      auto apply = [&](Overlay& o, size_t skip) {
        for (size_t p = 0; p < np; ++p) {
          if (!implemented[p] || p == skip || !covers[c][p]) continue;
          const auto& changes = scenario.pledges[p].changes;
          for (size_t k = 0; k < changes.size(); ++k) {
            FactChange fixed = changes[k];
            if (monte_carlo && fixed.distribution) {
              if (fixed.op == ChangeOp::kSet) fixed.value = sampled[p][k];
              else fixed.amount = std::get<double>(sampled[p][k]);
              fixed.distribution.reset();
            }
            ApplyChange(fixed, o, nullptr);
          }
        }
      };
      Overlay scenario_overlay = baseline_overlay;
      scenario_overlay.changed.clear();
      apply(scenario_overlay, np);
      std::optional<double> with_overall =
          evaluate(scenario_overlay.view, scenario_overlay.changed, view_base, redone_with, view_with, scen_out);
      priority(scenario_overlay.view, view_with, scen_out);

      // Each implemented pledge's contribution: the overall score with all implemented pledges minus without it.
      for (size_t p = 0; p < np; ++p) {
        if (!r.pledge_applies[p] || !covers[c][p]) continue;
        if (!implemented[p]) {
          contrib_out[p] = 0;
          continue;
        }
        Overlay without = baseline_overlay;
        without.changed.clear();
        apply(without, p);
        std::optional<double> without_overall =
            evaluate(without.view, scenario_overlay.changed, view_base, redone_without, view_without, nullptr);
        contrib_out[p] = (with_overall && without_overall) ? *with_overall - *without_overall : kUnknown;
      }
    }
    full_counts[unit] = full;

    if (options.keep_runs) {  // each unit writes its own slots
      for (size_t run = first_run; run < last_run; ++run) {
        std::copy_n(&buffer->base[run * nm], nm, &r.baseline_runs[(run * nc + c) * nm]);
        std::copy_n(&buffer->scen[run * nm], nm, &r.scenario_runs[(run * nc + c) * nm]);
        for (size_t p = 0; p < np; ++p) r.contributions[(run * np + p) * nc + c] = buffer->contrib[run * np + p];
      }
    }
    if (--blocks_left[c] == 0) {  // the country's last block: summarise and free its runs
      for (size_t m = 0; m < nm; ++m) r.stats[c * nm + m] = SummarizeMetric(&buffer->base[m], &buffer->scen[m], r.runs, nm);
      for (size_t p = 0; p < np; ++p) {
        if (!r.pledge_applies[p] || !covers[c][p]) continue;
        std::vector<double> values(r.runs);
        for (size_t run = 0; run < r.runs; ++run) values[run] = buffer->contrib[run * np + p];
        r.contribution_stats[p * nc + c] = Summarize(std::move(values));
      }
      std::lock_guard<std::mutex> lock(live_mutex);
      live[c].reset();
    }
    size_t done = country_runs_done += last_run - first_run;
    if (options.progress) options.progress(done / nc, r.runs);
  });
  r.evaluations = pool.evaluations() - evaluations_before;
  // One message per distinct failure, naming the first country it happened for, in (run, country) order.
  std::vector<std::pair<std::pair<size_t, size_t>, std::string>> failures;
  for (const auto& [what, where] : priority_failures) failures.push_back({where, what});
  std::sort(failures.begin(), failures.end());
  for (const auto& [where, what] : failures) r.priority_errors.push_back(what + " (for " + r.countries[where.second]->iso3 + ")");
  for (uint64_t f : full_counts) r.evaluations_full += f;
  return r;
}

MetricStats SummarizeMetric(const double* baseline, const double* scenario, size_t runs, size_t stride) {
  MetricStats st;
  std::vector<double> scen(runs), change(runs);
  size_t improved = 0;
  for (size_t run = 0; run < runs; ++run) {
    double s = scenario[run * stride], b = baseline[run * stride];
    scen[run] = s;
    change[run] = s - b;  // NaN when either is unknown
    if (!std::isnan(s) && !std::isnan(b)) {
      ++st.paired;
      if (s > b + 1e-12) ++improved;
    }
  }
  st.scenario = Summarize(std::move(scen));
  st.change = Summarize(std::move(change));
  st.p_improves = st.paired ? double(improved) / double(st.paired) : kUnknown;
  return st;
}

void SummarizeKeptRuns(SimulationResult& r) {
  const size_t nc = r.countries.size(), nm = r.metrics.size(), np = r.pledge_applies.size();
  r.stats.assign(nc * nm, MetricStats{});
  r.contribution_stats.assign(np * nc, Summary{});
  for (size_t c = 0; c < nc; ++c) {
    for (size_t m = 0; m < nm; ++m) {
      r.stats[c * nm + m] = SummarizeMetric(&r.baseline_runs[c * nm + m], &r.scenario_runs[c * nm + m], r.runs, nc * nm);
    }
    for (size_t p = 0; p < np; ++p) {
      if (!r.pledge_applies[p] || !r.scenario->pledges[p].Covers(r.countries[c]->iso3)) continue;
      std::vector<double> values(r.runs);
      for (size_t run = 0; run < r.runs; ++run) values[run] = r.Contribution(run, p, c);
      r.contribution_stats[p * nc + c] = Summarize(std::move(values));
    }
  }
}

}  // namespace workrights
