#include "core/rank/advocacy_plan.h"

#include <algorithm>

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
  std::vector<double> domain_total(pack.domains.size(), 0);
  double weight_sum = 0;
  for (const auto& r : pack.rules) domain_total[static_cast<size_t>(r.domain)] += r.weight;
  for (const auto& d : pack.domains) weight_sum += d.weight;
  std::vector<CountryPlan> plans;
  for (const auto& c : a.countries) {
    CountryPlan plan;
    plan.country = &c;
    for (size_t r = 0; r < pack.rules.size(); ++r) {
      const RuleResult& res = c.results[r];
      if (res.status != RuleStatus::kOk || res.score >= 1) continue;
      const RuleInfo& rule = pack.rules[r];
      size_t d = static_cast<size_t>(rule.domain);
      double share = domain_total[d] > 0 ? pack.domains[d].weight / weight_sum * rule.weight / domain_total[d] : 0;
      plan.gaps.push_back({static_cast<int>(r), (1 - res.score) * share});
    }
    std::stable_sort(plan.gaps.begin(), plan.gaps.end(),
                     [](const PlanGap& x, const PlanGap& y) { return x.shortfall > y.shortfall; });
    if (plan.gaps.size() > max_gaps) plan.gaps.resize(max_gaps);
    plans.push_back(std::move(plan));
  }
  return plans;
}

}  // namespace workrights
