#include "core/simulate/simulator.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <memory>
#include <mutex>

#include "core/assess/evaluator.h"
#include "core/simulate/simulation_plan.h"
#include "core/simulate/simulation_unit.h"

namespace workrights {
namespace {

constexpr double kUnknown = std::numeric_limits<double>::quiet_NaN();

// The result's description of what is simulated: countries, metrics, pledges in effect, number of runs.
SimulationResult NewResult(const PackInfo& info, const Dataset& dataset, const Scenario& scenario,
                           const SimulationOptions& options) {
  SimulationResult r;
  r.scenario = &scenario;
  r.pack = &info;
  r.dataset = &dataset;
  r.options = options;
  r.metrics = SimulationMetricNames(info);
  for (const auto& c : dataset.countries) {
    if (!options.group || HasGroupData(c, dataset.catalogue, *options.group)) r.countries.push_back(&c);
  }
  for (const auto& p : scenario.pledges) r.pledge_applies.push_back(p.effective <= scenario.as_of);
  r.runs = options.draws > 0 ? options.draw_count.value_or(static_cast<size_t>(options.draws)) : 1;
  return r;
}

// The result's slots for what the runs produce; each is written by exactly one work unit.
void AllocateOutputs(SimulationResult& r) {
  const size_t nc = r.countries.size(), nm = r.metrics.size(), np = r.pledge_applies.size();
  const bool monte_carlo = r.options.draws > 0;
  if (r.options.keep_runs) {
    r.baseline_runs.assign(r.runs * nc * nm, kUnknown);
    r.scenario_runs.assign(r.runs * nc * nm, kUnknown);
    r.contributions.assign(r.runs * np * nc, kUnknown);
  }
  r.stats.assign(nc * nm, MetricStats{});
  r.contribution_stats.assign(np * nc, Summary{});
  if (r.options.priority) {
    const size_t nsets = monte_carlo ? 0 : r.options.domain_weight_sets.size();
    r.priority_runs.assign(r.runs * nc, kUnknown);
    if (!monte_carlo) r.priority_detail.assign(nc, PriorityResult{});
    r.sensitivity.assign(nsets * nc, kUnknown);
  }
}

// Work is split into (country, block of draws) units, handed out country by country. A country's per-run
// values live in a buffer only until its last block is done and they are summarised, so only about one
// country per thread is held at a time, whatever the number of countries and draws.
class WorkUnits {
 public:
  WorkUnits(const SimulationPlan& plan, PriorityFailures& failures, SimulationResult& r);

  size_t count() const { return nc_ * blocks_; }
  /// Runs unit `unit`; called from worker threads.
  void Run(RuleRuntime& rt, size_t unit);
  /// What re-evaluating every rule in every run would have taken; once the units are done.
  uint64_t FullEvaluations() const;

 private:
  static constexpr size_t kBlock = 256;

  CountryRuns& Buffer(size_t country);
  void KeepRuns(size_t country, size_t first_run, size_t last_run, const CountryRuns& runs);
  void SummarizeCountry(size_t country, const CountryRuns& runs);

  const SimulationPlan& plan_;
  PriorityFailures& failures_;
  SimulationResult& r_;
  const size_t nc_, nm_, np_, blocks_;
  std::vector<std::unique_ptr<CountryRuns>> live_;  // [country], while its blocks run
  std::vector<std::unique_ptr<CountryRuns>> spare_;  // buffers of finished countries, reused (no page faults)
  std::mutex live_mutex_;
  std::vector<std::atomic<size_t>> blocks_left_;    // [country]
  std::vector<uint64_t> full_counts_;               // [unit]
  std::atomic<size_t> runs_done_{0};                // (country, run) pairs, for progress
};

WorkUnits::WorkUnits(const SimulationPlan& plan, PriorityFailures& failures, SimulationResult& r)
    : plan_(plan),
      failures_(failures),
      r_(r),
      nc_(r.countries.size()),
      nm_(r.metrics.size()),
      np_(r.pledge_applies.size()),
      blocks_((r.runs + kBlock - 1) / kBlock),
      live_(nc_),
      blocks_left_(nc_),
      full_counts_(nc_ * blocks_, 0) {
  for (auto& b : blocks_left_) b = blocks_;
}

void WorkUnits::Run(RuleRuntime& rt, size_t unit) {
  const size_t c = unit / blocks_, first_run = (unit % blocks_) * kBlock, last_run = std::min(r_.runs, first_run + kBlock);
  CountryRuns& runs = Buffer(c);
  full_counts_[unit] = RunUnit(plan_, c, first_run, last_run, rt, runs, failures_, r_);
  if (plan_.options->keep_runs) KeepRuns(c, first_run, last_run, runs);
  if (--blocks_left_[c] == 0) {  // the country's last block: summarise and free its runs
    SummarizeCountry(c, runs);
    std::lock_guard<std::mutex> lock(live_mutex_);
    spare_.push_back(std::move(live_[c]));
  }
  size_t done = runs_done_ += last_run - first_run;
  if (plan_.options->progress) plan_.options->progress(done / nc_, r_.runs);
}

// The country's buffer, made by whichever of its units comes first.
CountryRuns& WorkUnits::Buffer(size_t country) {
  std::lock_guard<std::mutex> lock(live_mutex_);
  if (!live_[country]) {
    if (spare_.empty()) {
      live_[country] = std::make_unique<CountryRuns>();
    } else {
      live_[country] = std::move(spare_.back());
      spare_.pop_back();
    }
    live_[country]->baseline.assign(r_.runs * nm_, kUnknown);
    live_[country]->scenario.assign(r_.runs * nm_, kUnknown);
    live_[country]->contributions.assign(r_.runs * np_, kUnknown);
  }
  return *live_[country];
}

// Copies the unit's runs into the result (keep_runs); each unit writes its own slots.
void WorkUnits::KeepRuns(size_t country, size_t first_run, size_t last_run, const CountryRuns& runs) {
  for (size_t run = first_run; run < last_run; ++run) {
    std::copy_n(&runs.baseline[run * nm_], nm_, &r_.baseline_runs[(run * nc_ + country) * nm_]);
    std::copy_n(&runs.scenario[run * nm_], nm_, &r_.scenario_runs[(run * nc_ + country) * nm_]);
    for (size_t p = 0; p < np_; ++p) {
      r_.contributions[(run * np_ + p) * nc_ + country] = runs.contributions[run * np_ + p];
    }
  }
}

void WorkUnits::SummarizeCountry(size_t country, const CountryRuns& runs) {
  const size_t c = country;
  for (size_t m = 0; m < nm_; ++m) {
    r_.stats[c * nm_ + m] = SummarizeMetric(&runs.baseline[m], &runs.scenario[m], r_.runs, nm_);
  }
  thread_local std::vector<double> values;  // reused: a fresh large buffer per country costs page faults
  for (size_t p = 0; p < np_; ++p) {
    if (!r_.pledge_applies[p] || !plan_.covers[c][p]) continue;
    values.resize(r_.runs);
    for (size_t run = 0; run < r_.runs; ++run) values[run] = runs.contributions[run * np_ + p];
    r_.contribution_stats[p * nc_ + c] = SummarizeInPlace(values);
  }
}

uint64_t WorkUnits::FullEvaluations() const {
  uint64_t full = 0;
  for (uint64_t f : full_counts_) full += f;
  return full;
}

}  // namespace

std::vector<std::string> SimulationMetricNames(const PackInfo& pack) { return MetricNames(pack); }

double SimulationMemoryBytes(const SimulationResult& r, int threads) {
  const double runs = static_cast<double>(r.runs), nc = static_cast<double>(r.countries.size());
  const double nm = static_cast<double>(r.metrics.size()), np = static_cast<double>(r.pledge_applies.size());
  const double workers = std::max(1, threads), per_run = 2 * nm + np;  // baseline and scenario metrics, pledges
  double values = std::min(nc, workers + 1) * runs * per_run  // the countries being worked on (WorkUnits)
                  + workers * 3 * runs;                       // a summary's sorted copies, per worker
  if (r.options.keep_runs) values += runs * nc * per_run;
  if (r.options.priority) values += runs * nc;
  values += runs * np;  // which pledges each run implements (bytes, counted as values: a bound)
  return values * sizeof(double);
}

namespace {

SimulationResult SimulateOnce(const RulePack& pack, const Dataset& dataset, const Scenario& scenario, WorkerPool& pool,
                              const SimulationOptions& options) {
  SimulationResult r = NewResult(pack.info, dataset, scenario, options);
  const std::string shape = std::to_string(r.runs) + " draws of " + std::to_string(r.countries.size()) + " countries";
  if (options.priority) {  // a ranking: no shards
    CheckMemory(SimulationMemoryBytes(r, pool.size()), options.memory_limit_gib, "a ranking of " + shape,
                "use fewer --draws");
  } else {
    CheckMemory(SimulationMemoryBytes(r, pool.size()), options.memory_limit_gib, "a simulation of " + shape,
                "use fewer --draws, or split the run with --draw-range A:B and join the shards with workrights merge");
  }
  SimulationPlan plan;
  PlanInputs(pack, dataset, scenario, pool, options, r, plan);
  const uint64_t evaluations_before = pool.evaluations();  // the point baseline is not counted
  DrawRunChoices(plan, r);
  AllocateOutputs(r);
  PriorityFailures failures;
  WorkUnits units(plan, failures, r);
  pool.ParallelFor(units.count(), [&](RuleRuntime& rt, size_t unit) { units.Run(rt, unit); });
  r.evaluations = pool.evaluations() - evaluations_before;
  r.priority_errors = failures.Messages(r.countries);
  r.evaluations_full = units.FullEvaluations();
  return r;
}

}  // namespace

SimulationResult Simulate(const RulePack& pack, const Dataset& dataset, const Scenario& scenario, WorkerPool& pool,
                          const SimulationOptions& options) {
  return RunGuarded(pool.guard(), [&] { return SimulateOnce(pack, dataset, scenario, pool, options); });
}

MetricStats SummarizeMetric(const double* baseline, const double* scenario, size_t runs, size_t stride) {
  // Changes smaller than this are rounding, not effects.
  constexpr double kNoChange = 1e-12;
  MetricStats st;
  // Per-thread buffers, reused from country to country: allocating three buffers of every draw for every
  // metric of every country made page faults (serialised by the kernel across threads) a large part of a run.
  thread_local std::vector<double> base, scen, change;
  base.resize(runs);
  scen.resize(runs);
  change.resize(runs);
  size_t improved = 0, changed = 0;
  for (size_t run = 0; run < runs; ++run) {
    double s = scenario[run * stride], b = baseline[run * stride];
    base[run] = b;
    scen[run] = s;
    change[run] = s - b;  // NaN when either is unknown
    if (!std::isnan(s) && !std::isnan(b)) {
      ++st.paired;
      if (std::abs(s - b) > kNoChange) ++changed;
      if (s > b + kNoChange) ++improved;
    }
  }
  st.baseline = SummarizeInPlace(base);
  st.scenario = SummarizeInPlace(scen);
  st.change = SummarizeInPlace(change);
  st.p_improves = changed ? double(improved) / double(changed) : kUnknown;
  st.p_unchanged = st.paired ? double(st.paired - changed) / double(st.paired) : kUnknown;
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
