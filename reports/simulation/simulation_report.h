#pragma once
// The simulation for people: Markdown, CSV and an Excel workbook (one row per country and metric), and HTML with
// the p5-p95 ranges.
#include <string>

#include "core/simulate/simulator.h"

namespace workrights {

std::string SimulationMarkdown(const SimulationResult& result);
std::string SimulationCsv(const SimulationResult& result);
std::string SimulationHtml(const SimulationResult& result);
/// An Excel workbook: the CSV's rows with typed cells (sheet "Simulation") and an "About" sheet.
void WriteSimulationWorkbook(const SimulationResult& result, const std::string& path);

}  // namespace workrights
