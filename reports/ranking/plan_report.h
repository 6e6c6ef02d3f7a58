#pragma once
// Outputs of `workrights plan`: JSON (docs/schema/plan.schema.json) and Markdown to paste into a briefing.
#include <string>

#include <nlohmann/json.hpp>

#include "core/rank/advocacy_plan.h"

namespace workrights {

nlohmann::json PlansToJson(const std::vector<CountryPlan>& plans, const Assessment& assessment);
std::string PlansMarkdown(const std::vector<CountryPlan>& plans, const Assessment& assessment);
std::string PlansCsv(const std::vector<CountryPlan>& plans, const Assessment& assessment);
std::string PlansHtml(const std::vector<CountryPlan>& plans, const Assessment& assessment);

}  // namespace workrights
