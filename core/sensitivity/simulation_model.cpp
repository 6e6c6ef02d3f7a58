#include "core/sensitivity/simulation_model.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>

#include "core/assess/aggregator.h"
#include "core/assess/rule_bounds.h"
#include "core/sensitivity/simulation_inputs.h"
#include "core/simulate/fact_overlay.h"

namespace workrights {
namespace {

constexpr double kUnknown = std::numeric_limits<double>::quiet_NaN();

using Results = std::vector<const RuleResult*>;

/// What one row sets for one country.
struct RowValues {
  std::vector<double> domain_weights, law_shares, rule_weights;
  std::vector<uint8_t> implemented;             // [pledge]
  std::vector<std::vector<FactValue>> changes;  // [pledge][change]: the value each change sets or adds
};

/// A country's baseline and scenario for one row: rule results (re-evaluated ones in `redone`), kept so a
/// row that changes only weights can re-aggregate them.
struct Evaluated {
  std::vector<RuleResult> redone_base, redone_scenario;
  Results base, scenario;
};

/// Runs every row for one country; not shared between threads.
class CountryModel {
 public:
  CountryModel(const PackInfo& info, const Assessment& point, const Scenario& scenario,
               const std::vector<SensitivityInput>& inputs, const SaltelliDesign& design,
               const std::vector<std::vector<int>>& readers, size_t c, SimulationRuns& out)
      : info_(info), point_(point.countries[c]), scenario_(scenario), inputs_(inputs), design_(design),
        readers_(readers), c_(c), out_(out), ranged_(RangedFacts(point_.view)), u_(design.columns()),
        redo_(info.rules.size()) {
    for (const auto& in : inputs) touches_.push_back(in.Touches(scenario, point_.profile->iso3));
    for (const auto& p : scenario.pledges) covers_.push_back(p.Covers(point_.profile->iso3));
  }

  void Run(RuleRuntime& rt) {
    for (size_t j = 0; j < design_.base_samples(); ++j) {
      RunRow(rt, design_.RowOfA(j), a_);
      RunRow(rt, design_.RowOfB(j), other_);
      for (size_t g = 0; g < design_.groups(); ++g) RunSwapped(rt, j, g);
    }
  }
  uint64_t rule_evaluations = 0, aggregations = 0, reused = 0;

 private:
  void RunSwapped(RuleRuntime& rt, size_t j, size_t g) {
    const size_t row = design_.RowOfAB(j, g), a = design_.RowOfA(j);
    const SensitivityInputKind kind = inputs_[g].kind;
    if (!touches_[g]) {  // AB^g differs from A only in an input that cannot touch this country
      Put(row, Get(out_.overall, a), Get(out_.effect, a));
      ++reused;
    } else if (kind == SensitivityInputKind::kDomainWeight || kind == SensitivityInputKind::kLawShare ||
               kind == SensitivityInputKind::kRuleWeight) {
      Settings(row);
      Aggregate(row, a_);  // the facts are A's: only the weights differ
    } else {
      RunRow(rt, row, other_);
    }
  }

  double& Get(std::vector<double>& v, size_t row) { return v[c_ * out_.rows + row]; }
  void Put(size_t row, double overall, double effect) {
    Get(out_.overall, row) = overall;
    Get(out_.effect, row) = effect;
  }

  void Settings(size_t row) {
    design_.Row(row, u_.data());
    v_.domain_weights.clear();
    for (const auto& d : info_.domains) v_.domain_weights.push_back(d.weight);
    v_.rule_weights.clear();
    for (const auto& r : info_.rules) v_.rule_weights.push_back(r.weight);
    v_.implemented.assign(scenario_.pledges.size(), 0);
    v_.changes.assign(scenario_.pledges.size(), {});
    for (size_t p = 0; p < scenario_.pledges.size(); ++p) {
      const Pledge& pledge = scenario_.pledges[p];
      v_.implemented[p] = pledge.effective <= scenario_.as_of && pledge.probability >= 1 ? 1 : 0;
      for (const auto& ch : pledge.changes) v_.changes[p].push_back(ch.op == ChangeOp::kSet ? ch.value : FactValue{ch.amount});
    }
    double shift = 0;
    for (size_t i = 0; i < inputs_.size(); ++i) {
      const SensitivityInput& in = inputs_[i];
      const double* u = &u_[design_.FirstColumn(i)];
      switch (in.kind) {
        case SensitivityInputKind::kDomainWeight: v_.domain_weights[static_cast<size_t>(in.index)] = in.Value(u[0]); break;
        case SensitivityInputKind::kLawShare: shift = in.Value(u[0]); break;
        case SensitivityInputKind::kRuleWeight: v_.rule_weights[static_cast<size_t>(in.index)] = in.Value(u[0]); break;
        case SensitivityInputKind::kPledge: PledgeValues(in, u); break;
        default: break;  // facts: per country, when the overlay is made
      }
    }
    v_.law_shares.clear();
    for (const auto& d : info_.domains) v_.law_shares.push_back(std::clamp(d.law_share + shift, 0.0, 1.0));
  }

  void PledgeValues(const SensitivityInput& in, const double* u) {
    const size_t p = static_cast<size_t>(in.index);
    const size_t first = in.uncertain_implementation ? 1 : 0;
    v_.implemented[p] = in.Value(u[0]) > 0 ? 1 : 0;
    for (size_t k = 0; k < in.value_changes.size(); ++k) {
      const FactChange& ch = scenario_.pledges[p].changes[in.value_changes[k]];
      v_.changes[p][in.value_changes[k]] = QuantileOf(*ch.distribution, u[first + k]);
    }
  }

  /// The row's baseline facts: the profile ranges and the scenario's uncertain facts at the row's quantiles.
  void BaselineFacts(FactOverlay& o) const {
    for (size_t i = 0; i < inputs_.size(); ++i) {
      const SensitivityInput& in = inputs_[i];
      if (!touches_[i]) continue;
      const double* u = &u_[design_.FirstColumn(i)];
      if (in.kind == SensitivityInputKind::kProfileUncertainty) {
        for (size_t k = 0; k < ranged_.size(); ++k) {
          o.Set(ranged_[k], point_.view.group, QuantileOf(*point_.view.Get(ranged_[k])->uncertainty, u[k]));
        }
      } else if (in.kind == SensitivityInputKind::kUncertainFact) {
        const UncertainFact& f = scenario_.uncertain[static_cast<size_t>(in.index)];
        o.Set(f.fact, f.group.value_or(point_.view.group), QuantileOf(f.distribution, u[0]));
      }
    }
  }

  // Re-evaluates the rules that read a changed fact; the others are taken from `reuse`.
  void Evaluate(RuleRuntime& rt, const FactView& view, const std::vector<FactId>& changed, const Results& reuse,
                std::vector<RuleResult>& redone, Results& results) {
    std::fill(redo_.begin(), redo_.end(), 0);
    for (FactId f : changed) {
      for (int i : readers_[static_cast<size_t>(f)]) redo_[static_cast<size_t>(i)] = 1;
    }
    redone.resize(info_.rules.size());
    results.resize(info_.rules.size());
    for (size_t i = 0; i < info_.rules.size(); ++i) {
      if (redo_[i]) {
        EvaluateWithBounds(rt, static_cast<int>(i), view, 0, redone[i]);
        results[i] = &redone[i];
        ++rule_evaluations;
      } else {
        results[i] = reuse[i];
      }
    }
  }

  void RunRow(RuleRuntime& rt, size_t row, Evaluated& e) {
    Settings(row);
    if (point_results_.empty()) {
      for (const auto& r : point_.results) point_results_.push_back(&r);
    }
    FactOverlay base{point_.view, {}, {}};
    BaselineFacts(base);
    Evaluate(rt, base.view, base.changed, point_results_, e.redone_base, e.base);
    FactOverlay with = base;
    with.changed.clear();
    for (size_t p = 0; p < scenario_.pledges.size(); ++p) {
      if (!v_.implemented[p] || !covers_[p]) continue;
      const auto& changes = scenario_.pledges[p].changes;
      for (size_t k = 0; k < changes.size(); ++k) ApplyChange(changes[k], v_.changes[p][k], with);
    }
    Evaluate(rt, with.view, with.changed, e.base, e.redone_scenario, e.scenario);
    Aggregate(row, e);
  }

  std::optional<double> Overall(const Results& results) {
    AggregateResults(info_, v_.domain_weights, v_.law_shares.data(), v_.rule_weights, results.data(), false, scratch_);
    ++aggregations;
    return scratch_.overall ? std::optional<double>(scratch_.overall->point) : std::nullopt;
  }

  void Aggregate(size_t row, const Evaluated& e) {
    const std::optional<double> base = Overall(e.base), with = Overall(e.scenario);
    Put(row, with ? *with : kUnknown, base && with ? *with - *base : kUnknown);
  }

  const PackInfo& info_;
  const CountryAssessment& point_;
  const Scenario& scenario_;
  const std::vector<SensitivityInput>& inputs_;
  const SaltelliDesign& design_;
  const std::vector<std::vector<int>>& readers_;
  const size_t c_;
  SimulationRuns& out_;
  const std::vector<FactId> ranged_;
  std::vector<double> u_;
  std::vector<uint8_t> redo_;
  std::vector<uint8_t> touches_, covers_;
  Results point_results_;
  RowValues v_;
  Evaluated a_, other_;
  CountryAssessment scratch_;
};

}  // namespace

SimulationRuns RunSimulationModel(const RulePack& pack, const Assessment& point, const Scenario& scenario,
                                  const std::vector<SensitivityInput>& inputs, const SaltelliDesign& design,
                                  WorkerPool& pool) {
  const PackInfo& info = pack.info;
  std::vector<std::vector<int>> readers(point.dataset->catalogue.size());
  for (size_t i = 0; i < info.rules.size(); ++i) {
    for (FactId f : info.rules[i].reads) readers[static_cast<size_t>(f)].push_back(static_cast<int>(i));
  }
  SimulationRuns out;
  const size_t nc = point.countries.size();
  for (const auto& c : point.countries) out.countries.push_back(c.profile);
  out.rows = design.rows();
  out.overall.assign(nc * out.rows, kUnknown);
  out.effect.assign(nc * out.rows, kUnknown);
  std::atomic<uint64_t> evaluations{0}, aggregations{0}, reused{0};
  pool.ParallelFor(nc, [&](RuleRuntime& rt, size_t c) {
    CountryModel model(info, point, scenario, inputs, design, readers, c, out);
    model.Run(rt);
    evaluations += model.rule_evaluations;
    aggregations += model.aggregations;
    reused += model.reused;
  });
  out.rule_evaluations = evaluations;
  out.aggregations = aggregations;
  out.reused = reused;
  return out;
}

}  // namespace workrights
