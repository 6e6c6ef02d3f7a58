#pragma once
// Joint advocacy plans: per country, the largest gaps (by weighted shortfall), each with the action, instrument,
// joint action plan outcome, lead agency, partners and pledge to seek that the pack's rules declare; and the
// facts to collect, because a plan should also close data gaps.
#include <string>
#include <vector>

#include "core/assess/assessment.h"

namespace workrights {

/// The joint action plan outcomes rules map to (`action.outcome` 1..3).
std::string OutcomeName(int outcome);

struct PlanGap {
  int rule = -1;
  double shortfall = 0;  ///< (1 - upper bound) x the rule's coefficient in the overall score
};

struct CountryPlan {
  const CountryAssessment* country = nullptr;
  std::vector<PlanGap> gaps;  ///< largest shortfall first
};

/// Plans for every country of `assessment`, at most `max_gaps` gaps each.
std::vector<CountryPlan> BuildPlans(const Assessment& assessment, size_t max_gaps);

}  // namespace workrights
