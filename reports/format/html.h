#pragma once
// Self-contained HTML pages: inline CSS and SVG only, nothing fetched from anywhere, readable on a laptop and
// printable. Every page ends with a footer naming the engine, pack and dataset versions and hashes.
#include <string>
#include <string_view>

#include "core/assess/assessment.h"
#include "core/model/dataset.h"
#include "core/rules/rule.h"
#include "reports/format/template_set.h"

namespace workrights {

/// Escapes &, <, >, " and ' for HTML text and attribute values.
std::string HtmlEscape(std::string_view text);

/// A whole page around `body` (already HTML), laid out by page.html.mustache of `templates`. `extra_footer`
/// (HTML) adds e.g. scenario id and seed.
std::string HtmlPage(const std::string& title, const std::string& body, const PackInfo& pack, const Dataset& dataset,
                     const std::string& extra_footer = "", const TemplateSet& templates = TemplateSet::BuiltIn());

/// "0.62" or an "unknown" marker styled as unknown (never as zero).
std::string HtmlScore(const std::optional<double>& x);
/// "0.62" with its interval beside it when the data leave room ("0.62 [0.40–0.85]"); "none" when absent.
std::string HtmlScore(const std::optional<Score>& x);

}  // namespace workrights
