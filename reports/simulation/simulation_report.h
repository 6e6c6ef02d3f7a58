#pragma once
// The simulation for people: CSV and an Excel workbook (one row per country and metric), and Markdown and HTML
// (with the p5-p95 ranges) laid out by templates (simulate_view.h).
#include <string>

#include "core/simulate/simulator.h"
#include "reports/format/template_set.h"

namespace workrights {

/// Markdown laid out by simulate.md.mustache of `templates`.
std::string SimulationMarkdown(const SimulationResult& result, const TemplateSet& templates = TemplateSet::BuiltIn());
std::string SimulationCsv(const SimulationResult& result);
/// HTML laid out by simulate.html.mustache and page.html.mustache of `templates`.
std::string SimulationHtml(const SimulationResult& result, const TemplateSet& templates = TemplateSet::BuiltIn());
/// An Excel workbook: the CSV's rows with typed cells (sheet "Simulation") and an "About" sheet.
void WriteSimulationWorkbook(const SimulationResult& result, const std::string& path);

}  // namespace workrights
