#pragma once
// `workrights trend` in every format: JSON (docs/schema/trend.schema.json) and long-format CSV (one row per
// country, date and measure) for analysis; Markdown tables and HTML line charts with the dated events marked.
#include <string>

#include <nlohmann/json.hpp>

#include "core/monitor/trend.h"
#include "reports/format/template_set.h"

namespace workrights {

nlohmann::json TrendToJson(const Trend& trend);
std::string TrendCsv(const Trend& trend);
/// Markdown laid out by trend.md.mustache of `templates`.
std::string TrendMarkdown(const Trend& trend, const TemplateSet& templates = TemplateSet::BuiltIn());
/// HTML line charts inside page.html.mustache of `templates`.
std::string TrendHtml(const Trend& trend, const TemplateSet& templates = TemplateSet::BuiltIn());

}  // namespace workrights
