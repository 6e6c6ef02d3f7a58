#pragma once
// Turns rule results into domain, dimension and overall scores, the de jure / de facto gap, coverage and
// the facts worth collecting. Pure C++: no Lua here.
#include <optional>
#include <utility>
#include <vector>

#include "core/assess/assessment.h"

namespace workrights {

/// Writes the metrics of `country` (NaN for unknown) to out[0 .. MetricNames().size()).
void FillMetrics(const CountryAssessment& country, double* out);

/// A weighted mean built one (score, weight) pair at a time; pairs with weight <= 0 are ignored.
class WeightedMeanAccumulator {
 public:
  void Add(double score, double weight, Aggregation how);
  /// nullopt when no pair had a positive weight.
  std::optional<double> Result(Aggregation how) const;

 private:
  double total_weight_ = 0, sum_ = 0;
  bool any_zero_ = false;
};

/// Weighted mean of (score, weight) pairs with weight > 0; nullopt when there are none.
std::optional<double> WeightedMean(const std::vector<std::pair<double, double>>& items, Aggregation how);

/// The share of law in a domain's score: the pack's law_share when the domain has rules of both dimensions,
/// else all to the one it has.
double LawShareInDomain(const DomainInfo& domain, bool has_law, bool has_practice);
double LawShareInDomain(double law_share, bool has_law, bool has_practice);

/// Each rule's coefficient in the overall score (arithmetic aggregation): overall = sum of coefficient x score.
std::vector<double> OverallCoefficients(const PackInfo& pack, const std::vector<double>& domain_weights,
                                        const std::vector<double>& rule_weights);

/// The unknown facts the rules read (per group), with the rules that read them and the coverage knowing them
/// would add; width_removed is left 0 (it needs the rules: core/assess/value_of_information).
std::vector<MissingFact> BlockingFacts(const PackInfo& pack, const std::vector<double>& domain_weights,
                                       const std::vector<double>& rule_weights, const RuleResult* const* results);

/// Fills the aggregate fields of `country` from its results.
void Aggregate(const PackInfo& pack, CountryAssessment& country);

/// The same with other weights (one per domain, one per rule), as a simulation draw samples them.
void Aggregate(const PackInfo& pack, const std::vector<double>& domain_weights, const std::vector<double>& rule_weights,
               CountryAssessment& country);

/// The core: reads rule results through `results` (one pointer per pack rule), so a simulation can mix reused
/// and re-evaluated results without copying them. Fills every aggregate field of `out` but `results`;
/// `missing_facts` is filled only when asked (it is the costly part).
void AggregateResults(const PackInfo& pack, const std::vector<double>& domain_weights,
                      const std::vector<double>& rule_weights, const RuleResult* const* results, bool missing_facts,
                      CountryAssessment& out);

/// The same with each domain's share of law (law_shares[domain]) in place of the pack's, as the sensitivity
/// analysis varies it; nullptr: the pack's.
void AggregateResults(const PackInfo& pack, const std::vector<double>& domain_weights, const double* law_shares,
                      const std::vector<double>& rule_weights, const RuleResult* const* results, bool missing_facts,
                      CountryAssessment& out);

}  // namespace workrights
