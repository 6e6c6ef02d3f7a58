#pragma once
// The view the plan's templates (plan.md.mustache, plan.html.mustache) are filled from: the plans in the shape
// template_catalog.cpp gives, every figure already written as the report shows it.
#include <vector>

#include <nlohmann/json.hpp>

#include "core/rank/advocacy_plan.h"

namespace workrights {

nlohmann::json PlansView(const std::vector<CountryPlan>& plans, const Assessment& assessment);

}  // namespace workrights
