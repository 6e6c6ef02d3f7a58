#pragma once
// Value of information: which unknown facts, once known, would narrow a country's overall interval most.
#include <cstdint>

#include "core/assess/assessment.h"
#include "core/rules/rule_runtime.h"

namespace workrights {

/// Fills width_removed of each of `country.missing_facts` and sorts them, most width removed first. For each
/// rule that reads the fact: its interval width now, less its expected width once the fact is known (the mean
/// over the fact's possible values), times the rule's coefficient in the overall score.
void RankFactsToCollect(RuleRuntime& runtime, const std::vector<double>& domain_weights,
                        const std::vector<double>& rule_weights, uint64_t seed, CountryAssessment& country);

}  // namespace workrights
