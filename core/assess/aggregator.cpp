#include "core/assess/aggregator.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace workrights {

void FillMetrics(const CountryAssessment& c, double* out) {
  const double unknown = std::numeric_limits<double>::quiet_NaN();
  auto value = [&](const std::optional<Score>& x) { return x ? x->point : unknown; };
  out[0] = value(c.overall);
  out[1] = value(c.de_jure);
  out[2] = value(c.de_facto);
  out[3] = value(c.gap);
  out[4] = c.coverage;
  const size_t nd = c.domains.size();
  for (size_t d = 0; d < nd; ++d) {
    out[5 + 3 * d] = value(c.domains[d].score);
    out[6 + 3 * d] = value(c.domains[d].de_jure);
    out[7 + 3 * d] = value(c.domains[d].de_facto);
  }
  out[5 + 3 * nd] = c.overall ? c.overall->lower : unknown;
  out[6 + 3 * nd] = c.overall ? c.overall->upper : unknown;
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

namespace {

// Sums of one domain and dimension: weighted means of the rules' lower and upper bounds.
struct PartSums {
  WeightedMeanAccumulator lower, upper;
  double weight = 0, weight_known = 0;
};

std::optional<Score> PartScore(const PartSums& p, Aggregation how) {
  auto lower = p.lower.Result(how), upper = p.upper.Result(how);
  if (!lower || !upper) return std::nullopt;
  return Score{(*lower + *upper) / 2, *lower, *upper};
}

// a x share + b x (1 - share), bound by bound; a missing side takes no share.
std::optional<Score> Blend(const std::optional<Score>& a, const std::optional<Score>& b, double share) {
  if (!a) return b;
  if (!b) return a;
  const double lower = share * a->lower + (1 - share) * b->lower, upper = share * a->upper + (1 - share) * b->upper;
  return Score{(lower + upper) / 2, lower, upper};
}

std::optional<Score> Difference(const std::optional<Score>& a, const std::optional<Score>& b) {
  if (!a || !b) return std::nullopt;
  return Score{a->point - b->point, a->lower - b->upper, a->upper - b->lower};
}

// Weighted sums of Scores, bound by bound (an arithmetic mean keeps intervals exact).
struct ScoreSum {
  double lower = 0, upper = 0, weight = 0;
  void Add(const std::optional<Score>& s, double w) {
    if (!s || !(w > 0)) return;
    lower += w * s->lower;
    upper += w * s->upper;
    weight += w;
  }
  std::optional<Score> Result() const {
    if (weight <= 0) return std::nullopt;
    return Score{(lower + upper) / 2 / weight, lower / weight, upper / weight};
  }
};

void CountStatus(RuleStatus status, CountryAssessment& c) {
  switch (status) {
    case RuleStatus::kOk: ++c.rules_ok; break;
    case RuleStatus::kUnknown: ++c.rules_unknown; break;
    case RuleStatus::kError: ++c.rules_error; break;
  }
}

}  // namespace

double LawShareInDomain(const DomainInfo& domain, bool has_law, bool has_practice) {
  return LawShareInDomain(domain.law_share, has_law, has_practice);
}

double LawShareInDomain(double law_share, bool has_law, bool has_practice) {
  if (!has_practice) return 1;
  if (!has_law) return 0;
  return law_share;
}

void AggregateResults(const PackInfo& pack, const std::vector<double>& domain_weight,
                      const std::vector<double>& rule_weight, const RuleResult* const* results, bool with_missing,
                      CountryAssessment& c) {
  AggregateResults(pack, domain_weight, nullptr, rule_weight, results, with_missing, c);
}

void AggregateResults(const PackInfo& pack, const std::vector<double>& domain_weight, const double* law_shares,
                      const std::vector<double>& rule_weight, const RuleResult* const* results, bool with_missing,
                      CountryAssessment& c) {
  const size_t nd = pack.domains.size();
  c.domains.resize(nd);
  c.rules_ok = c.rules_unknown = c.rules_error = 0;
  // Per-thread scratch, reused: this runs for every country in every Monte Carlo draw. [domain][dimension]
  thread_local std::vector<PartSums> parts;
  parts.assign(2 * nd, PartSums{});
  for (size_t r = 0; r < pack.rules.size(); ++r) {
    const RuleInfo& rule = pack.rules[r];
    const RuleResult& res = *results[r];
    CountStatus(res.status, c);
    PartSums& p = parts[2 * static_cast<size_t>(rule.domain) + (rule.dimension == Dimension::kDeJure ? 0 : 1)];
    if (!(rule_weight[r] > 0)) continue;
    p.weight += rule_weight[r];
    if (res.status == RuleStatus::kOk) p.weight_known += rule_weight[r];
    // Every rule counts, known or not: an unknown one with its bounds ([0, 1] at worst), never left out.
    p.lower.Add(res.lower, rule_weight[r], pack.aggregation);
    p.upper.Add(res.upper, rule_weight[r], pack.aggregation);
  }
  ScoreSum overall, law, practice;
  double weight_sum = 0, coverage = 0;
  for (size_t d = 0; d < nd; ++d) weight_sum += parts[2 * d].weight + parts[2 * d + 1].weight > 0 ? domain_weight[d] : 0;
  for (size_t d = 0; d < nd; ++d) {
    DomainScore& ds = c.domains[d];
    const PartSums &pj = parts[2 * d], &pf = parts[2 * d + 1];
    if (ds.id != pack.domains[d].id) ds.id = pack.domains[d].id;
    ds.weight = domain_weight[d];
    ds.law_share = LawShareInDomain(law_shares ? law_shares[d] : pack.domains[d].law_share, pj.weight > 0, pf.weight > 0);
    ds.de_jure = PartScore(pj, pack.aggregation);
    ds.de_facto = PartScore(pf, pack.aggregation);
    ds.score = Blend(ds.de_jure, ds.de_facto, ds.law_share);
    ds.gap = Difference(ds.de_jure, ds.de_facto);
    const double known = ds.law_share * (pj.weight > 0 ? pj.weight_known / pj.weight : 0) +
                         (1 - ds.law_share) * (pf.weight > 0 ? pf.weight_known / pf.weight : 0);
    ds.coverage = ds.score ? known : 0;
    if (!ds.score || weight_sum <= 0) continue;
    coverage += ds.weight / weight_sum * ds.coverage;
    overall.Add(ds.score, ds.weight);
    law.Add(ds.de_jure, ds.weight * ds.law_share);
    practice.Add(ds.de_facto, ds.weight * (1 - ds.law_share));
  }
  c.coverage = coverage;
  c.overall = overall.Result();
  c.de_jure = law.Result();
  c.de_facto = practice.Result();
  c.gap = Difference(c.de_jure, c.de_facto);
  c.missing_facts.clear();
  if (with_missing) c.missing_facts = BlockingFacts(pack, domain_weight, rule_weight, results);
}

std::vector<double> OverallCoefficients(const PackInfo& pack, const std::vector<double>& domain_weight,
                                        const std::vector<double>& rule_weight) {
  const size_t nd = pack.domains.size();
  std::vector<double> part_weight(2 * nd, 0);
  for (size_t r = 0; r < pack.rules.size(); ++r) {
    const RuleInfo& rule = pack.rules[r];
    if (rule_weight[r] > 0) part_weight[2 * static_cast<size_t>(rule.domain) + (rule.dimension == Dimension::kDeJure ? 0 : 1)] += rule_weight[r];
  }
  double weight_sum = 0;
  for (size_t d = 0; d < nd; ++d) weight_sum += part_weight[2 * d] + part_weight[2 * d + 1] > 0 ? domain_weight[d] : 0;
  std::vector<double> out(pack.rules.size(), 0);
  for (size_t r = 0; r < pack.rules.size() && weight_sum > 0; ++r) {
    const RuleInfo& rule = pack.rules[r];
    const size_t d = static_cast<size_t>(rule.domain);
    const bool law = rule.dimension == Dimension::kDeJure;
    const double part = part_weight[2 * d + (law ? 0 : 1)];
    if (!(rule_weight[r] > 0) || part <= 0) continue;
    const double share = LawShareInDomain(pack.domains[d], part_weight[2 * d] > 0, part_weight[2 * d + 1] > 0);
    out[r] = domain_weight[d] / weight_sum * (law ? share : 1 - share) * rule_weight[r] / part;
  }
  return out;
}

std::vector<MissingFact> BlockingFacts(const PackInfo& pack, const std::vector<double>& domain_weight,
                                       const std::vector<double>& rule_weight, const RuleResult* const* results) {
  const std::vector<double> coefficient = OverallCoefficients(pack, domain_weight, rule_weight);
  std::map<std::pair<FactId, GroupId>, MissingFact> missing;
  for (size_t r = 0; r < pack.rules.size(); ++r) {
    const RuleResult& res = *results[r];
    if (res.status == RuleStatus::kError) continue;
    for (const FactRead& read : res.reads) {
      if (read.entry != nullptr || read.fact < 0) continue;
      MissingFact& m = missing[{read.fact, read.group}];
      m.fact = read.fact;
      m.group = read.group;
      if (!m.rules.empty() && m.rules.back() == static_cast<int>(r)) continue;
      m.rules.push_back(static_cast<int>(r));
      if (res.status == RuleStatus::kUnknown) m.coverage_gain += coefficient[r];
    }
  }
  std::vector<MissingFact> out;
  for (auto& [key, m] : missing) out.push_back(std::move(m));
  return out;
}

int Assessment::TotalErrors() const {
  int n = 0;
  for (const auto& c : countries) n += c.rules_error;
  return n;
}

}  // namespace workrights
