#pragma once
// Outputs of `workrights simulate --sensitivity sobol`: JSON (docs/schema/simulation-sensitivity.schema.json),
// long-format CSV, Markdown, and HTML with a bar chart of how many countries' scores each input moves.
#include <string>

#include <nlohmann/json.hpp>

#include "core/sensitivity/simulation_sensitivity.h"
#include "reports/format/template_set.h"

namespace workrights {

nlohmann::json SimulationSensitivityToJson(const SimulationSensitivity& s, const PackInfo& pack, const Dataset& dataset);
std::string SimulationSensitivityCsv(const SimulationSensitivity& s);
/// Markdown laid out by simulate-sensitivity.md.mustache of `templates`.
std::string SimulationSensitivityMarkdown(const SimulationSensitivity& s, const PackInfo& pack,
                                          const TemplateSet& templates = TemplateSet::BuiltIn());
/// HTML laid out by simulate-sensitivity.html.mustache and page.html.mustache of `templates`.
std::string SimulationSensitivityHtml(const SimulationSensitivity& s, const PackInfo& pack, const Dataset& dataset,
                                      const TemplateSet& templates = TemplateSet::BuiltIn());

}  // namespace workrights
