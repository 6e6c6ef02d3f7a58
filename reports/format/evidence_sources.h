#pragma once
// The sources behind a rule result: every source the facts it read cite, once each, in reading order.
#include <vector>

#include "core/model/profile.h"
#include "core/rules/rule_result.h"

namespace workrights {

std::vector<const Source*> SourcesOf(const RuleResult& result, const CountryProfile& profile);

}  // namespace workrights
