#include "reports/sensitivity/simulation_sensitivity_view.h"

#include <cmath>
#include <optional>

#include "reports/format/score_format.h"
#include "reports/format/svg_charts.h"
#include "reports/format/template_render.h"
#include "reports/sensitivity/sensitivity_tables.h"

namespace workrights {
namespace {

using Json = nlohmann::json;

bool Varies(const TargetIndices& t) { return t.known && t.variance > 0; }

/// The mean over the countries whose score varies of each input's total effect on it: how much of the
/// typical country's variation it explains.
std::vector<std::optional<double>> MeanTotals(const SimulationSensitivity& s) {
  std::vector<std::optional<double>> means(s.inputs.size());
  size_t n = 0;
  std::vector<double> sums(s.inputs.size(), 0);
  for (const auto& c : s.countries) {
    if (!Varies(c.overall)) continue;
    ++n;
    for (size_t i = 0; i < s.inputs.size(); ++i) {
      const double v = c.overall.groups[i].total.value;
      if (!std::isnan(v)) sums[i] += v;
    }
  }
  for (size_t i = 0; n > 0 && i < s.inputs.size(); ++i) means[i] = sums[i] / double(n);
  return means;
}

// A country whose score varies: its mean score and effect, and each input's total effect on its score.
Json CountryView(const SimulationSensitivity& s, const CountrySimulationSensitivity& c) {
  Json effects = Json::array();
  for (size_t i = 0; i < s.inputs.size(); ++i) effects.push_back({{"value", Two(c.overall.groups[i].total.value)}});
  return {{"name", c.profile->name},
          {"iso3", c.profile->iso3},
          {"score", c.overall.known ? Fixed(c.overall.mean, 3) : "unknown"},
          {"effect", c.effect.known ? Fixed(c.effect.mean, 3) : "unknown"},
          {"effects", effects}};
}

// The mean total effect of each input on a country's overall score.
std::string InputsChart(const SimulationSensitivity& s, const std::vector<std::optional<double>>& means) {
  std::vector<BarItem> bars;
  for (size_t i = 0; i < s.inputs.size(); ++i) bars.push_back({s.inputs[i].label, means[i]});
  return SvgBars(bars, "Mean total effect of each input on a country's overall score", "sensitivity-simulation", 640);
}

}  // namespace

Json SimulationSensitivityView(const SimulationSensitivity& s, const PackInfo& pack) {
  const std::vector<std::optional<double>> means = MeanTotals(s);
  Json inputs = Json::array(), countries = Json::array();
  for (size_t i = 0; i < s.inputs.size(); ++i) {
    inputs.push_back({{"id", s.inputs[i].id}, {"label", s.inputs[i].label}, {"range", RangeText(s.inputs[i])},
                      {"mean_total", means[i] ? Two(*means[i]) : "—"}});
  }
  for (const auto& c : s.countries) {
    if (Varies(c.overall)) countries.push_back(CountryView(s, c));
  }
  return {{"pack", {{"name", pack.name}, {"version", pack.version}}},
          {"scenario", {{"id", s.scenario->id}, {"title", s.scenario->title}, {"as_of", s.scenario->as_of.ToString()}}},
          {"samples", std::to_string(s.options.samples)},
          {"runs", std::to_string(s.runs)},
          {"seed", std::to_string(s.options.seed)},
          {"reading", s.reading},
          {"method", std::string(kSobolMethod)},
          {"varying", std::to_string(countries.size())},
          {"chart", Fragment(InputsChart(s, means))},
          {"inputs", inputs},
          {"countries", countries}};
}

}  // namespace workrights
