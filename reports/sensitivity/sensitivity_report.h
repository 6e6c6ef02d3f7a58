#pragma once
// Outputs of `workrights rank --sensitivity sobol`: JSON (docs/schema/sensitivity.schema.json), long-format CSV,
// Markdown, and HTML with a bar chart of each input's total effect on who makes the top K.
#include <string>

#include <nlohmann/json.hpp>

#include "core/sensitivity/rank_sensitivity.h"
#include "reports/format/template_set.h"

namespace workrights {

nlohmann::json SensitivityToJson(const SobolSensitivity& s, const PackInfo& pack, const Dataset& dataset);
std::string SensitivityCsv(const SobolSensitivity& s);
/// Markdown laid out by sensitivity.md.mustache of `templates`.
std::string SensitivityMarkdown(const SobolSensitivity& s, const PackInfo& pack,
                                const TemplateSet& templates = TemplateSet::BuiltIn());
/// HTML laid out by sensitivity.html.mustache and page.html.mustache of `templates`.
std::string SensitivityHtml(const SobolSensitivity& s, const PackInfo& pack, const Dataset& dataset,
                            const TemplateSet& templates = TemplateSet::BuiltIn());

}  // namespace workrights
