#pragma once
// The sources behind a rule result: every source the facts it read cite, once each, in reading order.
#include <set>
#include <string>
#include <vector>

#include "core/assess/assessment.h"
#include "core/model/profile.h"
#include "core/rules/rule_result.h"

namespace workrights {

std::vector<const Source*> SourcesOf(const RuleResult& result, const CountryProfile& profile);

/// The ids of every source a country's assessment cites: the facts its rules read, and the entries about parts of
/// the group (by sex and age) shown beside them. JSON and workbook list the same sources from it.
std::set<std::string> CitedSourceIds(const CountryAssessment& c);

}  // namespace workrights
