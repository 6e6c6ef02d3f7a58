#include "core/simulate/simulation_unit.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/assess/aggregator.h"
#include "core/assess/rule_bounds.h"
#include "core/simulate/fact_overlay.h"
#include "core/simulate/random.h"

namespace workrights {
namespace {

constexpr double kUnknown = std::numeric_limits<double>::quiet_NaN();

// The country's stream within a draw comes from its ISO3 code, not its position, so it does not depend on
// which other countries the dataset holds.
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

using Overlay = FactOverlay;

// Appends a fact's value to a memo key, exactly (a number by its bits), with separators no value can fake.
void AppendValue(std::string& key, const FactValue& v) {
  key += static_cast<char>('0' + v.index());
  if (const double* d = std::get_if<double>(&v)) {
    char bits[sizeof(double)];
    std::memcpy(bits, d, sizeof bits);
    key.append(bits, sizeof bits);
  } else if (const bool* b = std::get_if<bool>(&v)) {
    key += *b ? '1' : '0';
  } else if (const std::string* text = std::get_if<std::string>(&v)) {
    key += std::to_string(text->size()) + ':' + *text;
  } else {
    for (const auto& item : std::get<std::vector<std::string>>(v)) key += std::to_string(item.size()) + ':' + item;
  }
  key += '\x1f';
}

// Where one run's values of the unit's country go.
struct RunSlots {
  size_t run;
  const uint8_t* implemented;  // [pledge], of this run
  double* baseline;            // [metric]
  double* scenario;            // [metric]
  double* contributions;       // [pledge]
};

// Runs the draws of one country, reusing its scratch buffers from run to run.
class UnitRunner {
 public:
  UnitRunner(const SimulationPlan& plan, size_t country, RuleRuntime& rt, PriorityFailures& failures,
             SimulationResult& r);

  /// Runs one draw into `slots`.
  void Run(const RunSlots& slots);
  uint64_t full_evaluations() const { return full_; }

 private:
  using Results = std::vector<const RuleResult*>;
  using ChangeValues = std::vector<std::vector<FactValue>>;  // [pledge][change]

  void UseRunWeights(size_t run);
  bool Pledged(const uint8_t* implemented) const;
  void RunUntouched(const RunSlots& slots);
  void RunTouched(const RunSlots& slots);
  std::optional<double> Evaluate(const FactView& view, const std::vector<FactId>& changed, const Results& reuse,
                                 std::vector<RuleResult>& redone, Results& results, double* metrics_out);
  void EvaluateRule(size_t rule, const FactView& view, RuleResult& out);
  void MemoKey(size_t rule, const FactView& view, std::string& key) const;
  ChangeValues DrawChangeValues(const uint8_t* implemented, DrawRng& rng) const;
  void ApplyPledges(const uint8_t* implemented, const ChangeValues& values, size_t skip, Overlay& o) const;
  void Contributions(const RunSlots& slots, const Overlay& baseline, const Overlay& scenario,
                     const ChangeValues& values, std::optional<double> with_overall);
  void Priority(size_t run, const FactView& view, const Results& results, const double* metrics);
  void Sensitivity(const FactView& view, const Results& results);

  const SimulationPlan& plan_;
  const PackInfo& info_;
  const Scenario& scenario_;
  const SimulationOptions& options_;
  const size_t c_;
  const CountryAssessment& point_;
  RuleRuntime& rt_;
  PriorityFailures& failures_;
  SimulationResult& r_;
  const size_t nm_, nr_, np_, nc_;
  uint64_t full_ = 0;
  CountryAssessment scratch_;  // reused: aggregation fills it, the metrics are copied out
  // Re-evaluated results live in scratch buffers reused across runs, so strings keep their capacity.
  std::vector<RuleResult> redone_base_, redone_with_, redone_without_;
  Results view_base_, view_with_, view_without_;
  std::vector<uint8_t> redo_;
  std::vector<double> set_metrics_;
  std::vector<double> domain_w_, rule_w_;  // the run's weights
  // A rule is a pure function of the facts it reads: a result is kept by the values of its read facts that
  // differ from the point view, so a pledge's set value (and its bounds search over the unknown facts) is
  // evaluated once per unit, not once per draw. A reused result counts the evaluations it took, so reported
  // figures are those of evaluating again, whatever the units, threads or shards. Results are kept without
  // their reads, which point into a run's overlay; aggregation in a draw does not use them.
  struct Kept {
    RuleResult result;
    uint64_t evaluations = 0;  // the calls it took (with its bounds search), counted again when reused
  };
  std::unordered_map<std::string, Kept> memo_;
  std::string key_;  // scratch
};

UnitRunner::UnitRunner(const SimulationPlan& plan, size_t country, RuleRuntime& rt, PriorityFailures& failures,
                       SimulationResult& r)
    : plan_(plan),
      info_(*plan.info),
      scenario_(*plan.scenario),
      options_(*plan.options),
      c_(country),
      point_(plan.point.countries[country]),
      rt_(rt),
      failures_(failures),
      r_(r),
      nm_(r.metrics.size()),
      nr_(plan.info->rules.size()),
      np_(plan.scenario->pledges.size()),
      nc_(r.countries.size()),
      redone_base_(nr_),
      redone_with_(nr_),
      redone_without_(nr_),
      view_base_(nr_),
      view_with_(nr_),
      view_without_(nr_),
      redo_(nr_),
      set_metrics_(nm_),
      domain_w_(plan.domain_weights),
      rule_w_(plan.rule_weights) {}

void UnitRunner::Run(const RunSlots& slots) {
  UseRunWeights(slots.run);
  if (plan_.sampled_facts[c_].empty() && !Pledged(slots.implemented) && !options_.full_evaluation) {
    RunUntouched(slots);
  } else {
    RunTouched(slots);
  }
}

void UnitRunner::UseRunWeights(size_t run) {
  const size_t nw = plan_.weight_ranges;
  for (size_t k = 0; k < nw; ++k) {
    const auto& w = scenario_.weights[k];
    (w.domain ? domain_w_ : rule_w_)[static_cast<size_t>(w.index)] = plan_.sampled_weights[run * nw + k];
  }
}

// An implemented pledge covers the country in this run.
bool UnitRunner::Pledged(const uint8_t* implemented) const {
  bool pledged = false;
  for (size_t p = 0; p < np_; ++p) pledged = pledged || (implemented[p] && plan_.covers[c_][p]);
  return pledged;
}

// Untouched in this draw: the point results stand; only sampled weights can move the scores.
void UnitRunner::RunUntouched(const RunSlots& slots) {
  if (plan_.weight_ranges > 0) {
    AggregateResults(info_, domain_w_, rule_w_, plan_.point_results[c_].data(), false, scratch_);
    FillMetrics(scratch_, slots.baseline);
  } else {
    std::copy_n(&r_.baseline_point[c_ * nm_], nm_, slots.baseline);
  }
  std::copy_n(slots.baseline, nm_, slots.scenario);
  Priority(slots.run, point_.view, plan_.point_results[c_], slots.scenario);
  full_ += 2 * nr_;
  for (size_t p = 0; p < np_; ++p) {
    if (r_.pledge_applies[p] && plan_.covers[c_][p]) {
      slots.contributions[p] = 0;
      full_ += nr_;
    }
  }
}

void UnitRunner::RunTouched(const RunSlots& slots) {
  DrawRng rng(options_.seed, options_.first_draw + slots.run, CountryStream(r_.countries[c_]->iso3));
  // Baseline of this draw: the point view with the draw's samples of uncertain facts.
  Overlay baseline_overlay{point_.view, {}, {}};
  for (const auto& f : plan_.sampled_facts[c_]) baseline_overlay.Set(f.fact, f.group, Sample(*f.distribution, rng));
  Evaluate(baseline_overlay.view, baseline_overlay.changed, plan_.point_results[c_], redone_base_, view_base_,
           slots.baseline);

  // Scenario: the implemented pledges' changes on top, in scenario order.
  const ChangeValues values = DrawChangeValues(slots.implemented, rng);
  Overlay scenario_overlay = baseline_overlay;
  scenario_overlay.changed.clear();
  ApplyPledges(slots.implemented, values, np_, scenario_overlay);
  std::optional<double> with_overall = Evaluate(scenario_overlay.view, scenario_overlay.changed, view_base_,
                                                redone_with_, view_with_, slots.scenario);
  Priority(slots.run, scenario_overlay.view, view_with_, slots.scenario);
  Contributions(slots, baseline_overlay, scenario_overlay, values, with_overall);
}

// Evaluates the rules that read a changed fact (all rules with full_evaluation) into `redone`, and aggregates
// over `reuse` for the others. Returns the overall score.
std::optional<double> UnitRunner::Evaluate(const FactView& view, const std::vector<FactId>& changed,
                                           const Results& reuse, std::vector<RuleResult>& redone, Results& results,
                                           double* metrics_out) {
  std::fill(redo_.begin(), redo_.end(), options_.full_evaluation ? 1 : 0);
  for (FactId f : changed) {
    for (int i : plan_.readers[static_cast<size_t>(f)]) redo_[static_cast<size_t>(i)] = 1;
  }
  for (size_t i = 0; i < nr_; ++i) {
    if (redo_[i]) {
      EvaluateRule(i, view, redone[i]);
      results[i] = &redone[i];
    } else {
      results[i] = reuse[i];
    }
  }
  AggregateResults(info_, domain_w_, rule_w_, results.data(), false, scratch_);
  full_ += nr_;
  if (metrics_out) FillMetrics(scratch_, metrics_out);
  return scratch_.overall ? std::optional<double>(scratch_.overall->point) : std::nullopt;
}

// Evaluates rule `rule` on `view` with its bounds, or copies the result kept for the same values of its read facts.
void UnitRunner::EvaluateRule(size_t rule, const FactView& view, RuleResult& out) {
  if (options_.full_evaluation) {  // the reference the memo is tested against
    EvaluateWithBounds(rt_, static_cast<int>(rule), view, 0, out);
    return;
  }
  MemoKey(rule, view, key_);
  if (auto it = memo_.find(key_); it != memo_.end()) {
    out = it->second.result;
    rt_.CountReused(it->second.evaluations);
    return;
  }
  const uint64_t before = rt_.evaluations();
  EvaluateWithBounds(rt_, static_cast<int>(rule), view, 0, out);
  constexpr size_t kMaxKept = 4096;  // continuous sampled values rarely repeat: bound the memory they take
  if (memo_.size() >= kMaxKept) return;
  Kept& kept = memo_[key_];
  kept.result = out;
  kept.result.reads.clear();
  kept.evaluations = rt_.evaluations() - before;
}

// The rule's index, then each fact it reads whose entry differs from the point view's, with group and value;
// written into `key`, whose capacity is reused from call to call.
void UnitRunner::MemoKey(size_t rule, const FactView& view, std::string& key) const {
  key.assign(std::to_string(rule));  // assign, not a new string: the buffer's capacity is kept
  key += '\x1e';
  const auto& reads = info_.rules[rule].reads;
  for (FactId f : reads) {
    const FactEntry* e = view.Get(f);
    if (e == point_.view.Get(f)) continue;
    key += std::to_string(f) + '=';
    if (e) AppendValue(key, e->value);
    else key += "?\x1f";
  }
  for (const auto& o : view.other_groups) {
    if (std::find(reads.begin(), reads.end(), o.fact) == reads.end()) continue;
    key += std::to_string(o.fact) + '/' + std::to_string(o.group) + '=';
    if (o.entry) AppendValue(key, o.entry->value);
    else key += "?\x1f";
  }
}

// The value of each change of each implemented pledge in this draw: sampled once, in scenario order, and
// shared by the with/without comparisons.
UnitRunner::ChangeValues UnitRunner::DrawChangeValues(const uint8_t* implemented, DrawRng& rng) const {
  ChangeValues values(np_);
  for (size_t p = 0; p < np_; ++p) {
    if (!implemented[p] || !plan_.covers[c_][p]) continue;
    for (const auto& ch : scenario_.pledges[p].changes) {
      values[p].push_back(plan_.monte_carlo && ch.distribution ? Sample(*ch.distribution, rng)
                                                               : (ch.op == ChangeOp::kSet ? ch.value : FactValue{ch.amount}));
    }
  }
  return values;
}

// Applies the changes of the implemented pledges that cover the country, but pledge `skip`.
void UnitRunner::ApplyPledges(const uint8_t* implemented, const ChangeValues& values, size_t skip,
                              Overlay& o) const {
  for (size_t p = 0; p < np_; ++p) {
    if (!implemented[p] || p == skip || !plan_.covers[c_][p]) continue;
    const auto& changes = scenario_.pledges[p].changes;
    for (size_t k = 0; k < changes.size(); ++k) ApplyChange(changes[k], values[p][k], o);
  }
}

// Each implemented pledge's contribution: the overall score with all implemented pledges minus without it.
void UnitRunner::Contributions(const RunSlots& slots, const Overlay& baseline, const Overlay& scenario,
                               const ChangeValues& values, std::optional<double> with_overall) {
  for (size_t p = 0; p < np_; ++p) {
    if (!r_.pledge_applies[p] || !plan_.covers[c_][p]) continue;
    if (!slots.implemented[p]) {
      slots.contributions[p] = 0;
      continue;
    }
    Overlay without = baseline;
    without.changed.clear();
    ApplyPledges(slots.implemented, values, p, without);
    // The scenario's changes are a superset of these: the rules they touch are re-evaluated.
    std::optional<double> without_overall =
        Evaluate(without.view, scenario.changed, view_base_, redone_without_, view_without_, nullptr);
    slots.contributions[p] = (with_overall && without_overall) ? *with_overall - *without_overall : kUnknown;
  }
}

// The priority index of the country from its scenario view, results and metrics of this run; in a
// deterministic run also with each alternative domain-weight set.
void UnitRunner::Priority(size_t run, const FactView& view, const Results& results, const double* metrics) {
  if (!options_.priority) return;
  PriorityResult pr;
  rt_.EvaluatePriority(view, metrics, pr);
  if (pr.status == RuleStatus::kError) failures_.Add(pr.error, run, c_);
  r_.priority_runs[run * nc_ + c_] = pr.status == RuleStatus::kOk ? pr.index : kUnknown;
  if (plan_.monte_carlo) return;
  r_.priority_detail[c_] = pr;
  Sensitivity(view, results);
}

void UnitRunner::Sensitivity(const FactView& view, const Results& results) {
  for (size_t k = 0; k < options_.domain_weight_sets.size(); ++k) {
    AggregateResults(info_, options_.domain_weight_sets[k], rule_w_, results.data(), false, scratch_);
    FillMetrics(scratch_, set_metrics_.data());
    PriorityResult alt;
    rt_.EvaluatePriority(view, set_metrics_.data(), alt);
    r_.sensitivity[k * nc_ + c_] = alt.status == RuleStatus::kOk ? alt.index : kUnknown;
  }
}

}  // namespace

void PriorityFailures::Add(const std::string& error, size_t run, size_t country) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto [it, added] = first_.try_emplace(error, run, country);
  if (!added) it->second = std::min(it->second, std::make_pair(run, country));
}

std::vector<std::string> PriorityFailures::Messages(const std::vector<const CountryProfile*>& countries) const {
  std::vector<std::pair<std::pair<size_t, size_t>, std::string>> failures;
  for (const auto& [what, where] : first_) failures.push_back({where, what});
  std::sort(failures.begin(), failures.end());
  std::vector<std::string> messages;
  for (const auto& [where, what] : failures) messages.push_back(what + " (for " + countries[where.second]->iso3 + ")");
  return messages;
}

uint64_t RunUnit(const SimulationPlan& plan, size_t country, size_t first_run, size_t last_run, RuleRuntime& rt,
                 CountryRuns& runs, PriorityFailures& failures, SimulationResult& r) {
  UnitRunner runner(plan, country, rt, failures, r);
  const size_t nm = r.metrics.size(), np = r.pledge_applies.size();
  for (size_t run = first_run; run < last_run; ++run) {
    runner.Run({run, r.implemented.data() + run * np,  // data(): np may be 0
                &runs.baseline[run * nm], &runs.scenario[run * nm], runs.contributions.data() + run * np});
  }
  return runner.full_evaluations();
}

}  // namespace workrights
