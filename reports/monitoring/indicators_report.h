#pragma once
// `workrights indicators` in every format: JSON (docs/schema/indicators.schema.json), long-format CSV (one row per
// indicator, dimension and country, plus the population-weighted row), Markdown and HTML tables, and an Excel
// workbook (the weighted figures, the countries, what was computed).
#include <string>

#include <nlohmann/json.hpp>

#include "core/monitor/indicators.h"
#include "reports/format/table.h"

namespace workrights {

nlohmann::json IndicatorsToJson(const IndicatorReport& report);
/// The long table the CSV holds: scope "all countries" rows first, then one row per country.
Table IndicatorsTable(const IndicatorReport& report);
std::string IndicatorsCsv(const IndicatorReport& report);
std::string IndicatorsMarkdown(const IndicatorReport& report);
std::string IndicatorsHtml(const IndicatorReport& report);
void WriteIndicatorsWorkbook(const IndicatorReport& report, const std::string& path);

/// "62% [55–70%]": a proportion with the interval the unknown results leave open; "62%" when exact.
std::string ProportionText(const std::optional<Score>& share);

}  // namespace workrights
