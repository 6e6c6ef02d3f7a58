#pragma once
// Outputs of `workrights plan`: JSON (docs/schema/plan.schema.json) and Markdown to paste into a briefing.
#include <string>

#include <nlohmann/json.hpp>

#include "core/rank/advocacy_plan.h"
#include "reports/format/table.h"
#include "reports/format/template_set.h"

namespace workrights {

nlohmann::json PlansToJson(const std::vector<CountryPlan>& plans, const Assessment& assessment);
/// Markdown laid out by plan.md.mustache of `templates` (Word documents are made from it).
std::string PlansMarkdown(const std::vector<CountryPlan>& plans, const Assessment& assessment,
                          const TemplateSet& templates = TemplateSet::BuiltIn());
std::string PlansCsv(const std::vector<CountryPlan>& plans, const Assessment& assessment);
/// One row per country and gap, as the CSV (docs/csv.md); the workbook's first sheet.
Table PlansTable(const std::vector<CountryPlan>& plans, const Assessment& assessment);
/// The plans as an Excel workbook at `path` (sheets Gaps and Data to collect), written atomically.
void WritePlansWorkbook(const std::vector<CountryPlan>& plans, const Assessment& assessment, const std::string& path);
/// HTML laid out by plan.html.mustache and page.html.mustache of `templates`.
std::string PlansHtml(const std::vector<CountryPlan>& plans, const Assessment& assessment,
                      const TemplateSet& templates = TemplateSet::BuiltIn());

}  // namespace workrights
