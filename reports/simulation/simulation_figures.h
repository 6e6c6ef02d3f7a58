#pragma once
// The figures every simulation output shares (the CSV, the workbook and the templates' view): one metric's
// summaries for a country, each pledge's reach, and the run's mode in words.
#include <string>

#include "core/simulate/simulator.h"

namespace workrights {

/// One metric of one country: baseline and scenario under the same draws, their change, and the deterministic
/// baseline (point values, no draws) for reference.
struct MetricFigures {
  double deterministic;
  Summary baseline, scenario, change;
  double p_improves;   // of draws where it changed; NaN when it never changed
  double p_unchanged;  // NaN when no draw has both
};

MetricFigures Figures(const SimulationResult& r, size_t country, size_t metric);

/// A pledge's contribution to the overall score, averaged over draws and over the countries it covers (NaN when
/// it covers none with a known score).
double PledgeMean(const SimulationResult& r, size_t pledge);
/// The share of draws in which the pledge was implemented.
double Implemented(const SimulationResult& r, size_t pledge);

/// "What if: <scenario title>".
std::string SimulationTitle(const SimulationResult& r);
/// "200 Monte Carlo draws, seed 1", or the deterministic run in words.
std::string SimulationMode(const SimulationResult& r);

/// How to read the table; the workbook's About sheet repeats it (the templates say it in their own words).
inline constexpr const char* kSimulationNote =
    "Baseline and scenario are computed under the same draws (the same sampled facts and weights), so the change "
    "compares like with like; P(improves) is the share of draws with a higher score among the draws where the "
    "scenario changed the score. The deterministic baseline uses point values and no draws.";

}  // namespace workrights
