#include "core/rank/advocacy_plan.h"

#include <algorithm>

#include "core/assess/aggregator.h"

namespace workrights {

std::string OutcomeName(int outcome) {
  switch (outcome) {
    case 1: return "Governance of labour-market access";
    case 2: return "Rights at work and social protection";
    case 3: return "Jobs, skills and livelihoods";
  }
  return "(no outcome given)";
}

std::vector<CountryPlan> BuildPlans(const Assessment& a, size_t max_gaps) {
  const PackInfo& pack = *a.pack;
  std::vector<double> domain_weights, rule_weights;
  for (const auto& d : pack.domains) domain_weights.push_back(d.weight);
  for (const auto& r : pack.rules) rule_weights.push_back(r.weight);
  const std::vector<double> coefficient = OverallCoefficients(pack, domain_weights, rule_weights);
  std::vector<CountryPlan> plans;
  for (const auto& c : a.countries) {
    CountryPlan plan;
    plan.country = &c;
    for (size_t r = 0; r < pack.rules.size(); ++r) {
      const RuleResult& res = c.results[r];
      // A gap is what is sure to be missing: a known shortfall, or the part a rule with unknown facts cannot
      // reach whatever they are (Jordan's closed sectors: at most 0.5 while the quota fact is unknown).
      if (res.status == RuleStatus::kError || res.upper >= 1) continue;
      plan.gaps.push_back({static_cast<int>(r), (1 - res.upper) * coefficient[r]});
    }
    std::stable_sort(plan.gaps.begin(), plan.gaps.end(),
                     [](const PlanGap& x, const PlanGap& y) { return x.shortfall > y.shortfall; });
    if (plan.gaps.size() > max_gaps) plan.gaps.resize(max_gaps);
    plans.push_back(std::move(plan));
  }
  return plans;
}

}  // namespace workrights
