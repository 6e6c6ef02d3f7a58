#include "reports/simulation/simulation_figures.h"

#include <cmath>

namespace workrights {

MetricFigures Figures(const SimulationResult& r, size_t c, size_t m) {
  const MetricStats& st = r.Stats(c, m);
  return {r.BaselinePoint(c, m), st.baseline, st.scenario, st.change, st.p_improves, st.p_unchanged};
}

double PledgeMean(const SimulationResult& r, size_t p) {
  double sum = 0;
  size_t n = 0;
  for (size_t c = 0; c < r.countries.size(); ++c) {
    if (!r.pledge_applies[p] || !r.scenario->pledges[p].Covers(r.countries[c]->iso3)) continue;
    const Summary& s = r.ContributionStats(p, c);
    if (s.n) {
      sum += s.mean;
      ++n;
    }
  }
  return n ? sum / double(n) : std::nan("");
}

double Implemented(const SimulationResult& r, size_t p) {
  size_t k = 0;
  for (size_t run = 0; run < r.runs; ++run) k += r.implemented[run * r.pledge_applies.size() + p];
  return double(k) / double(r.runs);
}

std::string SimulationTitle(const SimulationResult& r) { return "What if: " + r.scenario->title; }

std::string SimulationMode(const SimulationResult& r) {
  return r.options.draws ? std::to_string(r.options.draws) + " Monte Carlo draws, seed " + std::to_string(r.options.seed)
                         : std::string("deterministic: every pledge effective by the date implemented, point values");
}

}  // namespace workrights
