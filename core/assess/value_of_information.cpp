#include "core/assess/value_of_information.h"

#include <algorithm>

#include "core/assess/aggregator.h"
#include "core/assess/rule_bounds.h"

namespace workrights {
namespace {

// How much knowing `m` is expected to narrow rule `r`'s interval.
double ExpectedNarrowing(RuleRuntime& runtime, const CountryAssessment& c, const MissingFact& m, int r, uint64_t seed) {
  const RuleResult& res = c.results[static_cast<size_t>(r)];
  const double width = res.upper - res.lower;
  if (width <= 0) return 0;
  const RuleInfo& rule = runtime.info().rules[static_cast<size_t>(r)];
  const std::vector<FactValue> values = CandidateValues(runtime.catalogue().Get(m.fact), RuleThresholds(rule, m.fact));
  if (values.empty()) return 0;
  double expected = 0;
  for (const FactValue& v : values) {
    auto [lower, upper] = BoundsWithFact(runtime, r, c.view, seed, m.fact, m.group, v);
    expected += (upper - lower) / static_cast<double>(values.size());
  }
  return std::max(0.0, width - expected);
}

}  // namespace

void RankFactsToCollect(RuleRuntime& runtime, const std::vector<double>& domain_weights,
                        const std::vector<double>& rule_weights, uint64_t seed, CountryAssessment& c) {
  const std::vector<double> coefficient = OverallCoefficients(runtime.info(), domain_weights, rule_weights);
  for (MissingFact& m : c.missing_facts) {
    m.width_removed = 0;
    for (int r : m.rules) m.width_removed += coefficient[static_cast<size_t>(r)] * ExpectedNarrowing(runtime, c, m, r, seed);
  }
  std::stable_sort(c.missing_facts.begin(), c.missing_facts.end(), [](const MissingFact& a, const MissingFact& b) {
    if (a.width_removed != b.width_removed) return a.width_removed > b.width_removed;
    return a.coverage_gain > b.coverage_gain;
  });
}

}  // namespace workrights
