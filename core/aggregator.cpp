#include "core/aggregator.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace workrights {

std::vector<std::string> MetricNames(const PackInfo& pack) {
  std::vector<std::string> names = {"overall", "de_jure", "de_facto", "gap", "coverage"};
  for (const auto& d : pack.domains) {
    names.push_back(d.id);
    names.push_back(d.id + ".de_jure");
    names.push_back(d.id + ".de_facto");
  }
  return names;
}

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

std::optional<double> WeightedMean(const std::vector<std::pair<double, double>>& items, Aggregation how) {
  double total_weight = 0, sum = 0;
  bool any_zero = false;
  for (const auto& [score, weight] : items) {
    if (!(weight > 0)) continue;
    total_weight += weight;
    if (how == Aggregation::kArithmetic) sum += weight * score;
    else if (score <= 0) any_zero = true;
    else sum += weight * std::log(score);
  }
  if (total_weight <= 0) return std::nullopt;
  if (how == Aggregation::kArithmetic) return sum / total_weight;
  // A geometric mean is 0 as soon as one known part is 0: no compensation for a total gap.
  return any_zero ? 0.0 : std::exp(sum / total_weight);
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
  c.domains.assign(nd, DomainScore{});
  c.rules_ok = c.rules_unknown = c.rules_error = 0;
  std::vector<double> domain_weight_total(nd, 0), domain_weight_known(nd, 0);
  std::vector<std::vector<std::pair<double, double>>> all(nd), jure(nd), facto(nd);
  for (size_t r = 0; r < pack.rules.size(); ++r) {
    const RuleInfo& rule = pack.rules[r];
    const RuleResult& res = *results[r];
    size_t d = static_cast<size_t>(rule.domain);
    domain_weight_total[d] += rule_weight[r];
    switch (res.status) {
      case RuleStatus::kOk: ++c.rules_ok; break;
      case RuleStatus::kUnknown: ++c.rules_unknown; break;
      case RuleStatus::kError: ++c.rules_error; break;
    }
    if (res.status != RuleStatus::kOk) continue;
    domain_weight_known[d] += rule_weight[r];
    all[d].emplace_back(res.score, rule_weight[r]);
    (rule.dimension == Dimension::kDeJure ? jure : facto)[d].emplace_back(res.score, rule_weight[r]);
  }

  std::vector<std::pair<double, double>> overall, overall_jure, overall_facto;
  double weight_sum = 0;
  for (size_t d = 0; d < nd; ++d) weight_sum += domain_weight[d];
  double coverage = 0;
  for (size_t d = 0; d < nd; ++d) {
    DomainScore& ds = c.domains[d];
    ds.id = pack.domains[d].id;
    ds.weight = domain_weight[d];
    ds.score = WeightedMean(all[d], pack.aggregation);
    ds.de_jure = WeightedMean(jure[d], pack.aggregation);
    ds.de_facto = WeightedMean(facto[d], pack.aggregation);
    if (ds.de_jure && ds.de_facto) ds.gap = *ds.de_jure - *ds.de_facto;
    ds.coverage = domain_weight_total[d] > 0 ? domain_weight_known[d] / domain_weight_total[d] : 0;
    if (domain_weight_total[d] > 0) coverage += ds.weight / weight_sum * ds.coverage;
    if (ds.score) overall.emplace_back(*ds.score, ds.weight);
    if (ds.de_jure) overall_jure.emplace_back(*ds.de_jure, ds.weight);
    if (ds.de_facto) overall_facto.emplace_back(*ds.de_facto, ds.weight);
  }
  c.coverage = coverage;
  c.overall = WeightedMean(overall, pack.aggregation);
  c.de_jure = WeightedMean(overall_jure, pack.aggregation);
  c.de_facto = WeightedMean(overall_facto, pack.aggregation);
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
    double share = domain_weight_total[d] > 0 ? domain_weight[d] / weight_sum * rule_weight[r] / domain_weight_total[d] : 0;
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
