#pragma once
// `workrights indicators` in every format: JSON (docs/schema/indicators.schema.json), long-format CSV (one row per
// indicator, dimension and country, plus the population-weighted row), Markdown and HTML laid out by templates
// (indicators_view.h), and an Excel workbook (the weighted figures, the countries, what was computed).
#include <string>

#include <nlohmann/json.hpp>

#include "core/monitor/indicators.h"
#include "reports/format/table.h"
#include "reports/format/template_set.h"

namespace workrights {

nlohmann::json IndicatorsToJson(const IndicatorReport& report);
/// The long table the CSV holds: scope "all countries" rows first, then one row per country.
Table IndicatorsTable(const IndicatorReport& report);
std::string IndicatorsCsv(const IndicatorReport& report);
/// Markdown laid out by indicators.md.mustache of `templates`.
std::string IndicatorsMarkdown(const IndicatorReport& report, const TemplateSet& templates = TemplateSet::BuiltIn());
/// HTML laid out by indicators.html.mustache and page.html.mustache of `templates`.
std::string IndicatorsHtml(const IndicatorReport& report, const TemplateSet& templates = TemplateSet::BuiltIn());
void WriteIndicatorsWorkbook(const IndicatorReport& report, const std::string& path);

/// "62% [55–70%]": a proportion with the interval the unknown results leave open; "62%" when exact.
std::string ProportionText(const std::optional<Score>& share);

}  // namespace workrights
