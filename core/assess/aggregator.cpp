#include "core/assess/aggregator.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace workrights {

void FillMetrics(const CountryAssessment& c, double* out) {
  const double unknown = std::numeric_limits<double>::quiet_NaN();
  auto value = [&](const std::optional<double>& x) { return x ? *x : unknown; };
  out[0] = value(c.overall);
  out[1] = value(c.de_jure);
  out[2] = value(c.de_facto);
  out[3] = value(c.gap);
  out[4] = c.coverage;
  for (size_t d = 0; d < c.domains.size(); ++d) {
    out[5 + 3 * d] = value(c.domains[d].score);
    out[6 + 3 * d] = value(c.domains[d].de_jure);
    out[7 + 3 * d] = value(c.domains[d].de_facto);
  }
}

void WeightedMeanAccumulator::Add(double score, double weight, Aggregation how) {
  if (!(weight > 0)) return;
  total_weight_ += weight;
  if (how == Aggregation::kArithmetic) sum_ += weight * score;
  else if (score <= 0) any_zero_ = true;
  else sum_ += weight * std::log(score);
}

std::optional<double> WeightedMeanAccumulator::Result(Aggregation how) const {
  if (total_weight_ <= 0) return std::nullopt;
  if (how == Aggregation::kArithmetic) return sum_ / total_weight_;
  // A geometric mean is 0 as soon as one known part is 0: no compensation for a total gap.
  return any_zero_ ? 0.0 : std::exp(sum_ / total_weight_);
}

std::optional<double> WeightedMean(const std::vector<std::pair<double, double>>& items, Aggregation how) {
  WeightedMeanAccumulator acc;
  for (const auto& [score, weight] : items) acc.Add(score, weight, how);
  return acc.Result(how);
}

void Aggregate(const PackInfo& pack, CountryAssessment& c) {
  std::vector<double> domain_weights, rule_weights;
  for (const auto& d : pack.domains) domain_weights.push_back(d.weight);
  for (const auto& r : pack.rules) rule_weights.push_back(r.weight);
  Aggregate(pack, domain_weights, rule_weights, c);
}

void Aggregate(const PackInfo& pack, const std::vector<double>& domain_weights, const std::vector<double>& rule_weights,
               CountryAssessment& c) {
  std::vector<const RuleResult*> results;
  for (const auto& r : c.results) results.push_back(&r);
  AggregateResults(pack, domain_weights, rule_weights, results.data(), true, c);
}

void AggregateResults(const PackInfo& pack, const std::vector<double>& domain_weight,
                      const std::vector<double>& rule_weight, const RuleResult* const* results, bool with_missing,
                      CountryAssessment& c) {
  const size_t nd = pack.domains.size();
  const Aggregation how = pack.aggregation;
  c.domains.resize(nd);
  c.rules_ok = c.rules_unknown = c.rules_error = 0;
  // Per-thread scratch, reused: this runs for every country in every Monte Carlo draw.
  struct DomainSums {
    WeightedMeanAccumulator all, jure, facto;
    double weight_total = 0, weight_known = 0;
  };
  thread_local std::vector<DomainSums> sums;
  sums.assign(nd, DomainSums{});
  for (size_t r = 0; r < pack.rules.size(); ++r) {
    const RuleInfo& rule = pack.rules[r];
    const RuleResult& res = *results[r];
    DomainSums& ds = sums[static_cast<size_t>(rule.domain)];
    ds.weight_total += rule_weight[r];
    switch (res.status) {
      case RuleStatus::kOk: ++c.rules_ok; break;
      case RuleStatus::kUnknown: ++c.rules_unknown; break;
      case RuleStatus::kError: ++c.rules_error; break;
    }
    if (res.status != RuleStatus::kOk) continue;
    ds.weight_known += rule_weight[r];
    ds.all.Add(res.score, rule_weight[r], how);
    (rule.dimension == Dimension::kDeJure ? ds.jure : ds.facto).Add(res.score, rule_weight[r], how);
  }

  WeightedMeanAccumulator overall, overall_jure, overall_facto;
  double weight_sum = 0;
  for (size_t d = 0; d < nd; ++d) weight_sum += domain_weight[d];
  double coverage = 0;
  for (size_t d = 0; d < nd; ++d) {
    DomainScore& ds = c.domains[d];
    const DomainSums& sd = sums[d];
    if (ds.id != pack.domains[d].id) ds.id = pack.domains[d].id;
    ds.weight = domain_weight[d];
    ds.score = sd.all.Result(how);
    ds.de_jure = sd.jure.Result(how);
    ds.de_facto = sd.facto.Result(how);
    ds.gap.reset();
    if (ds.de_jure && ds.de_facto) ds.gap = *ds.de_jure - *ds.de_facto;
    ds.coverage = sd.weight_total > 0 ? sd.weight_known / sd.weight_total : 0;
    if (sd.weight_total > 0) coverage += ds.weight / weight_sum * ds.coverage;
    if (ds.score) overall.Add(*ds.score, ds.weight, how);
    if (ds.de_jure) overall_jure.Add(*ds.de_jure, ds.weight, how);
    if (ds.de_facto) overall_facto.Add(*ds.de_facto, ds.weight, how);
  }
  c.coverage = coverage;
  c.overall = overall.Result(how);
  c.de_jure = overall_jure.Result(how);
  c.de_facto = overall_facto.Result(how);
  c.gap.reset();
  if (c.de_jure && c.de_facto) c.gap = *c.de_jure - *c.de_facto;

  c.missing_facts.clear();
  if (!with_missing) return;
  // A rule's share of the country's total weight: its domain's share, split by rule weight.
  std::map<FactId, MissingFact> missing;
  for (size_t r = 0; r < pack.rules.size(); ++r) {
    const RuleResult& res = *results[r];
    if (res.status != RuleStatus::kUnknown) continue;
    const RuleInfo& rule = pack.rules[r];
    size_t d = static_cast<size_t>(rule.domain);
    double share = sums[d].weight_total > 0 ? domain_weight[d] / weight_sum * rule_weight[r] / sums[d].weight_total : 0;
    for (FactId f : res.missing) {
      MissingFact& m = missing[f];
      m.fact = f;
      m.coverage_gain += share;
      m.rules.push_back(static_cast<int>(r));
    }
  }
  for (auto& [f, m] : missing) c.missing_facts.push_back(std::move(m));
  std::stable_sort(c.missing_facts.begin(), c.missing_facts.end(),
                   [](const MissingFact& a, const MissingFact& b) { return a.coverage_gain > b.coverage_gain; });
}

int Assessment::TotalErrors() const {
  int n = 0;
  for (const auto& c : countries) n += c.rules_error;
  return n;
}

}  // namespace workrights
