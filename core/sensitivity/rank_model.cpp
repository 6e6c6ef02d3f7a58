#include "core/sensitivity/rank_model.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <map>

#include "core/assess/aggregator.h"
#include "core/assess/rule_bounds.h"
#include "core/rank/ranker.h"
#include "core/simulate/fact_overlay.h"
#include "core/simulate/simulation_unit.h"

namespace workrights {
namespace {

constexpr double kUnknown = std::numeric_limits<double>::quiet_NaN();
// Samples per block: the priority indexes and settings of a block's rows are kept until their ranks are taken.
// At most 512 samples and about 16,384 rows, so one group per country (hundreds of rows a sample) does not
// multiply the scratch memory. Blocks only schedule the work: results do not depend on them.
constexpr size_t kBlockSamples = 512, kBlockRows = 16384;

/// One combination of a country's pledges: its facts and rule results, made once and reused by every row that
/// asks for it. Not moved once made (the results point into `redone` and the view into `overlay`).
struct PledgeVariant {
  uint32_t rule_evaluations = 0;
  FactOverlay overlay;
  std::vector<RuleResult> redone;
  std::vector<const RuleResult*> results;
};

/// What one row sets: the weights, each domain's law share, per scenario pledge whether it is implemented, and
/// per country the place of its score within its unknown facts' bounds (NaN: at the middle, as assessed).
struct RowSettings {
  std::vector<double> domain_weights, law_shares, rule_weights;
  std::vector<uint8_t> implemented;
  std::vector<double> placement;
};

/// One design column that places a country's score within its bounds.
struct PlacementColumn {
  size_t input, column, country;
};

// Each result at lower + u (upper - lower), one u for all of the country's rules: the aggregates then run from
// the country's lower bound (u = 0) to its upper bound (u = 1). Only what aggregation reads is copied.
void PlaceResults(const std::vector<const RuleResult*>& results, double u, std::vector<RuleResult>& placed,
                  std::vector<const RuleResult*>& view) {
  placed.resize(results.size());
  view.resize(results.size());
  for (size_t i = 0; i < results.size(); ++i) {
    const RuleResult& r = *results[i];
    placed[i].status = r.status;
    placed[i].lower = placed[i].upper = placed[i].score = r.lower + u * (r.upper - r.lower);
    view[i] = &placed[i];
  }
}

class RankModel {
 public:
  RankModel(const RulePack& pack, const Assessment& point, const Scenario& scenario,
            const std::vector<SensitivityInput>& inputs, const SaltelliDesign& design, int top,
            size_t first_sample, size_t last_sample, RankRuns& out);

  /// Rows of samples [first, last): every country's index and score, then the ranks.
  void RunBlock(size_t first_sample, size_t last_sample, WorkerPool& pool);
  const PriorityFailures& failures() const { return failures_; }
  uint64_t rule_evaluations() const { return rule_evaluations_; }
  uint64_t priority_evaluations() const { return priority_evaluations_; }
  uint64_t reused() const { return reused_; }
  /// Every combination of pledges made, by country then combination.
  std::vector<PledgeCombination> Combinations() const;

 private:
  void RunCountry(RuleRuntime& rt, size_t c, size_t first_row, size_t last_row);
  void Settings(size_t row, RowSettings& s) const;
  const PledgeVariant& Variant(RuleRuntime& rt, size_t c, const std::vector<uint8_t>& implemented);
  void RankRows(size_t first_row, size_t last_row);
  std::vector<PlacementColumn> PlacementColumns() const;

  const PackInfo& info_;
  const Assessment& point_;
  const Scenario& scenario_;
  const std::vector<SensitivityInput>& inputs_;
  const SaltelliDesign& design_;
  const int top_;
  RankRuns& out_;
  const size_t nc_, ni_;
  std::vector<std::vector<int>> readers_;           // [fact]: the rules that read it
  std::vector<PlacementColumn> placements_;         // the unknown-facts inputs' columns
  std::vector<std::vector<uint8_t>> touches_;       // [input][country]
  std::vector<std::vector<uint8_t>> covers_;        // [country][scenario pledge]
  std::vector<std::map<std::vector<uint8_t>, PledgeVariant>> variants_;  // [country]: by implemented pledges
  std::vector<double> index_;                       // [country][row of the block]
  std::vector<RowSettings> settings_;               // [row of the block]: shared by every country
  size_t block_first_row_ = 0, block_rows_ = 0;
  PriorityFailures failures_;
  std::atomic<uint64_t> rule_evaluations_{0}, priority_evaluations_{0}, reused_{0};
};

RankModel::RankModel(const RulePack& pack, const Assessment& point, const Scenario& scenario,
                     const std::vector<SensitivityInput>& inputs, const SaltelliDesign& design, int top,
                     size_t first_sample, size_t last_sample, RankRuns& out)
    : info_(pack.info),
      point_(point),
      scenario_(scenario),
      inputs_(inputs),
      design_(design),
      top_(top),
      out_(out),
      nc_(point.countries.size()),
      ni_(inputs.size()),
      readers_(point.dataset->catalogue.size()),
      touches_(inputs.size(), std::vector<uint8_t>(point.countries.size())),
      covers_(point.countries.size(), std::vector<uint8_t>(scenario.pledges.size())),
      variants_(point.countries.size()) {
  for (size_t i = 0; i < info_.rules.size(); ++i) {
    for (FactId f : info_.rules[i].reads) readers_[static_cast<size_t>(f)].push_back(static_cast<int>(i));
  }
  placements_ = PlacementColumns();
  for (size_t i = 0; i < ni_; ++i) {
    for (size_t c = 0; c < nc_; ++c) touches_[i][c] = inputs[i].Touches(scenario, point.countries[c].profile->iso3);
  }
  for (size_t c = 0; c < nc_; ++c) {
    for (size_t p = 0; p < scenario.pledges.size(); ++p) covers_[c][p] = scenario.pledges[p].Covers(point.countries[c].profile->iso3);
  }
  out.first_row = design.RowOfA(first_sample);
  out.rows = design.RowOfA(last_sample) - out.first_row;
  for (const auto& c : point.countries) out.countries.push_back(c.profile);
  out.rank.assign(nc_ * out.rows, 0);
  out.overall.assign(nc_ * out.rows, 0);
  out.top.assign(nc_ * out.rows, 0);
}

std::vector<PlacementColumn> RankModel::PlacementColumns() const {
  std::vector<PlacementColumn> out;
  for (size_t i = 0; i < ni_; ++i) {
    const SensitivityInput& in = inputs_[i];
    if (in.kind != SensitivityInputKind::kUnknownFacts) continue;
    for (size_t j = 0; j < in.countries.size(); ++j) {
      for (size_t c = 0; c < nc_; ++c) {
        if (point_.countries[c].profile->iso3 == in.countries[j]) out.push_back({i, design_.FirstColumn(i) + j, c});
      }
    }
  }
  return out;
}

void RankModel::Settings(size_t row, RowSettings& s) const {
  thread_local std::vector<double> u;
  u.resize(design_.columns());
  design_.Row(row, u.data());
  s.domain_weights.clear();
  for (const auto& d : info_.domains) s.domain_weights.push_back(d.weight);
  s.rule_weights.clear();
  for (const auto& r : info_.rules) s.rule_weights.push_back(r.weight);
  s.implemented.assign(scenario_.pledges.size(), 0);
  for (size_t p = 0; p < scenario_.pledges.size(); ++p) {
    const Pledge& pledge = scenario_.pledges[p];
    s.implemented[p] = pledge.effective <= scenario_.as_of && pledge.probability >= 1 ? 1 : 0;
  }
  double shift = 0;
  for (size_t i = 0; i < ni_; ++i) {
    const SensitivityInput& in = inputs_[i];
    const double v = in.Value(u[design_.FirstColumn(i)]);
    switch (in.kind) {
      case SensitivityInputKind::kDomainWeight: s.domain_weights[static_cast<size_t>(in.index)] = v; break;
      case SensitivityInputKind::kLawShare: shift = v; break;
      case SensitivityInputKind::kRuleWeight: s.rule_weights[static_cast<size_t>(in.index)] = v; break;
      case SensitivityInputKind::kPledge: s.implemented[static_cast<size_t>(in.index)] = v > 0 ? 1 : 0; break;
      case SensitivityInputKind::kUnknownFacts: break;  // per country, below
      default: break;  // simulate's inputs are not the ranking's
    }
  }
  s.placement.assign(nc_, kUnknown);
  for (const PlacementColumn& p : placements_) s.placement[p.country] = inputs_[p.input].Value(u[p.column]);
  s.law_shares.clear();
  for (const auto& d : info_.domains) s.law_shares.push_back(std::clamp(d.law_share + shift, 0.0, 1.0));
}

// The country's facts and results with the implemented pledges that cover it, at their point values.
const PledgeVariant& RankModel::Variant(RuleRuntime& rt, size_t c, const std::vector<uint8_t>& implemented) {
  const CountryAssessment& ca = point_.countries[c];
  thread_local std::vector<uint8_t> key;  // reused: looked up for every row
  key.resize(implemented.size());
  for (size_t p = 0; p < implemented.size(); ++p) key[p] = implemented[p] && covers_[c][p];
  auto found = variants_[c].find(key);
  if (found != variants_[c].end()) return found->second;
  PledgeVariant& v = variants_[c].try_emplace(key).first->second;
  v.overlay.view = ca.view;
  for (size_t p = 0; p < key.size(); ++p) {
    if (!key[p]) continue;
    for (const auto& ch : scenario_.pledges[p].changes) {
      ApplyChange(ch, ch.op == ChangeOp::kSet ? ch.value : FactValue{ch.amount}, v.overlay);
    }
  }
  std::vector<uint8_t> redo(info_.rules.size(), 0);
  for (FactId f : v.overlay.changed) {
    for (int i : readers_[static_cast<size_t>(f)]) redo[static_cast<size_t>(i)] = 1;
  }
  v.redone.resize(info_.rules.size());
  for (size_t i = 0; i < info_.rules.size(); ++i) {
    if (redo[i]) {
      EvaluateWithBounds(rt, static_cast<int>(i), v.overlay.view, 0, v.redone[i]);
      ++v.rule_evaluations;
      ++rule_evaluations_;
    }
    v.results.push_back(redo[i] ? &v.redone[i] : &ca.results[i]);
  }
  return v;
}

void RankModel::RunCountry(RuleRuntime& rt, size_t c, size_t first_row, size_t last_row) {
  CountryAssessment scratch;
  std::vector<RuleResult> placed;
  std::vector<const RuleResult*> placed_view;
  std::vector<double> metrics(MetricNames(info_).size());
  double* index = &index_[c * block_rows_];
  float* overall = &out_.overall[c * out_.rows];  // [row - first_row]
  for (size_t row = first_row; row < last_row; ++row) {
    const std::optional<size_t> g = design_.SwappedGroup(row);
    if (g && !touches_[*g][c]) {  // AB^g differs from A only in an input that cannot touch this country
      const size_t a = design_.RowOfA(design_.SampleOf(row));
      index[row - block_first_row_] = index[a - block_first_row_];
      overall[row - out_.first_row] = overall[a - out_.first_row];
      ++reused_;
      continue;
    }
    const RowSettings& s = settings_[row - block_first_row_];
    const PledgeVariant& v = Variant(rt, c, s.implemented);
    const RuleResult* const* results = v.results.data();
    if (!std::isnan(s.placement[c])) {
      PlaceResults(v.results, s.placement[c], placed, placed_view);
      results = placed_view.data();
    }
    AggregateResults(info_, s.domain_weights, s.law_shares.data(), s.rule_weights, results, false, scratch);
    FillMetrics(scratch, metrics.data());
    PriorityResult pr;
    rt.EvaluatePriority(v.overlay.view, metrics.data(), pr);
    ++priority_evaluations_;
    if (pr.status == RuleStatus::kError) failures_.Add(pr.error, row, c);
    index[row - block_first_row_] = pr.status == RuleStatus::kOk ? pr.index : kUnknown;
    overall[row - out_.first_row] = static_cast<float>(metrics[0]);
  }
}

void RankModel::RankRows(size_t first_row, size_t last_row) {
  std::vector<double> index(nc_);
  for (size_t row = first_row; row < last_row; ++row) {
    for (size_t c = 0; c < nc_; ++c) index[c] = index_[c * block_rows_ + row - block_first_row_];
    const std::vector<int> rank = RanksOf(index, out_.countries);
    for (size_t c = 0; c < nc_; ++c) {
      out_.rank[c * out_.rows + row - out_.first_row] = rank[c] > 0 ? static_cast<float>(rank[c]) : std::nanf("");
      out_.top[c * out_.rows + row - out_.first_row] = rank[c] > 0 && rank[c] <= top_ ? 1.0f : 0.0f;
    }
  }
}

void RankModel::RunBlock(size_t first_sample, size_t last_sample, WorkerPool& pool) {
  block_first_row_ = design_.RowOfA(first_sample);
  const size_t last_row = design_.RowOfA(last_sample);
  block_rows_ = last_row - block_first_row_;
  index_.assign(nc_ * block_rows_, kUnknown);
  settings_.resize(block_rows_);
  for (size_t row = block_first_row_; row < last_row; ++row) Settings(row, settings_[row - block_first_row_]);
  pool.ParallelFor(nc_, [&](RuleRuntime& rt, size_t c) { RunCountry(rt, c, block_first_row_, last_row); });
  constexpr size_t kRowsPerUnit = 256;
  const size_t units = (block_rows_ + kRowsPerUnit - 1) / kRowsPerUnit;
  pool.ParallelFor(units, [&](RuleRuntime&, size_t u) {
    const size_t from = block_first_row_ + u * kRowsPerUnit;
    RankRows(from, std::min(last_row, from + kRowsPerUnit));
  });
}

std::vector<PledgeCombination> RankModel::Combinations() const {
  std::vector<PledgeCombination> out;
  for (size_t c = 0; c < nc_; ++c) {
    for (const auto& [key, v] : variants_[c]) out.push_back({static_cast<uint32_t>(c), key, v.rule_evaluations});
  }
  return out;
}

}  // namespace

RankRuns RunRankModel(const RulePack& pack, const Assessment& point, const Scenario& scenario,
                      const std::vector<SensitivityInput>& inputs, const SaltelliDesign& design, int top,
                      size_t first_sample, size_t last_sample, WorkerPool& pool) {
  RankRuns out;
  RankModel model(pack, point, scenario, inputs, design, top, first_sample, last_sample, out);
  const size_t block = std::clamp<size_t>(kBlockRows / design.rows_per_sample(), 1, kBlockSamples);
  for (size_t first = first_sample; first < last_sample; first += block) {
    model.RunBlock(first, std::min(last_sample, first + block), pool);
  }
  const std::vector<std::string> errors = model.failures().Messages(out.countries);
  if (!errors.empty()) {
    std::vector<Diagnostic> ds;
    for (const auto& e : errors) ds.push_back({SourceLocation{}, pack.sources.DisplayPath(e), {}});
    throw InputError(ds);
  }
  out.combinations = model.Combinations();
  out.rule_evaluations = model.rule_evaluations();
  out.priority_evaluations = model.priority_evaluations();
  out.reused = model.reused();
  return out;
}

}  // namespace workrights
