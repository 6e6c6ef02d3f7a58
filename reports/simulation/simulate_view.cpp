#include "reports/simulation/simulate_view.h"

#include <cmath>

#include "reports/format/joined.h"
#include "reports/format/score_format.h"
#include "reports/format/svg_charts.h"
#include "reports/format/template_render.h"
#include "reports/simulation/simulation_figures.h"

namespace workrights {
namespace {

using Json = nlohmann::json;

// x with `digits` decimals, "unknown" for NaN.
std::string FixedOrUnknown(double x, int digits) { return std::isnan(x) ? "unknown" : Fixed(x, digits); }

// x with `digits` decimals, or false when unknown (the template says so in its own way).
Json Known(double x, int digits) { return std::isnan(x) ? Json(false) : Json(Fixed(x, digits)); }
Json KnownMean(const Summary& s) { return s.n ? Known(s.mean, 3) : Json(false); }

// "+0.012 [+0.000, +0.050]": the change's mean with its 5th-95th percentile range.
std::string ChangeText(const Summary& change) {
  if (!change.n) return "unknown";
  // Four decimals: a pledge touching one rule of 46 moves the overall score by thousandths.
  auto signed_fixed = [](double x) { return (x >= 0 ? "+" : "") + FixedOrUnknown(x, 4); };
  return signed_fixed(change.mean) + " [" + signed_fixed(change.p5) + ", " + signed_fixed(change.p95) + "]";
}

// "0.82 (changed in 70% of draws)": P(improves) among the draws where the score changed, and how often it did.
std::string ImprovesText(const MetricFigures& s) {
  if (std::isnan(s.p_unchanged)) return "unknown";
  if (std::isnan(s.p_improves)) return "no change in any draw";
  return Fixed(s.p_improves, 2) + " (changed in " + Fixed((1 - s.p_unchanged) * 100, 0) + "% of draws)";
}

Json CountryView(const SimulationResult& r, size_t c) {
  const MetricFigures s = Figures(r, c, 0);
  return {{"name", r.countries[c]->name},
          {"iso3", r.countries[c]->iso3},
          {"baseline_mean", KnownMean(s.baseline)},
          {"scenario_mean", KnownMean(s.scenario)},
          {"change", ChangeText(s.change)},
          {"change_se", s.change.n ? Known(s.change.se, 5) : Json(false)},
          {"improves", ImprovesText(s)},
          {"deterministic", Known(s.deterministic, 3)}};
}

Json PledgeView(const SimulationResult& r, size_t p) {
  const Pledge& pl = r.scenario->pledges[p];
  return {{"title", pl.title},
          {"link", Optional(pl.link)},
          {"countries", pl.countries.empty() ? std::string("all") : Joined(pl.countries, ", ")},
          {"effective", pl.effective.ToString()},
          {"applied", static_cast<bool>(r.pledge_applies[p])},
          {"probability", Fixed(pl.probability, 2)},
          {"implemented", FixedOrUnknown(Implemented(r, p) * 100, 0) + "%"},
          {"contribution", FixedOrUnknown(PledgeMean(r, p), 4)}};
}

// The scenario's p5-p95 range of each covered country's overall score, with the baseline's mean marked.
std::string ScoreIntervalsChart(const SimulationResult& r) {
  std::vector<IntervalItem> items;
  for (size_t c = 0; c < r.countries.size(); ++c) {
    if (!r.pledged[c]) continue;
    const MetricFigures s = Figures(r, c, 0);
    IntervalItem item;
    item.label = r.countries[c]->name;
    if (s.scenario.n) {
      item.low = s.scenario.p5;
      item.mid = s.scenario.p50;
      item.high = s.scenario.p95;
    }
    if (s.baseline.n) item.marker = s.baseline.mean;
    items.push_back(item);
  }
  return SvgIntervals(items, 0, 1, "overall score (0 to 1)");
}

}  // namespace

Json SimulationView(const SimulationResult& r) {
  Json countries = Json::array(), pledges = Json::array();
  for (size_t c = 0; c < r.countries.size(); ++c) {
    if (r.pledged[c]) countries.push_back(CountryView(r, c));
  }
  for (size_t p = 0; p < r.scenario->pledges.size(); ++p) pledges.push_back(PledgeView(r, p));
  return {{"scenario", {{"id", r.scenario->id}, {"title", r.scenario->title}, {"as_of", r.scenario->as_of.ToString()}}},
          {"description", Optional(r.scenario->description)},
          {"mode", SimulationMode(r)},
          {"countries", countries},
          {"chart", Fragment(ScoreIntervalsChart(r))},
          {"pledges", pledges}};
}

}  // namespace workrights
