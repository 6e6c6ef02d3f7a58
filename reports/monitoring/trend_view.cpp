#include "reports/monitoring/trend_view.h"

#include "reports/format/score_format.h"
#include "reports/format/template_render.h"
#include "reports/monitoring/trend_chart.h"
#include "reports/monitoring/trend_parts.h"

namespace workrights {
using namespace trend_parts;
namespace {

using Json = nlohmann::json;

Json CountryView(const Trend& t, const CountryTrend& c, TrendCharts charts) {
  Json points = Json::array(), events = Json::array();
  for (const auto& p : c.points) {
    points.push_back({{"date", p.date.ToString()}, {"overall", ScoreText(p.overall)}, {"de_jure", ScoreText(p.de_jure)},
                      {"de_facto", ScoreText(p.de_facto)}, {"coverage", Percent(p.coverage)}});
  }
  const FactCatalogue& cat = t.dataset->catalogue;
  for (const auto& e : c.events) {
    events.push_back({{"text", EventText(e, cat)}, {"date", e.date.ToString()}, {"fact", EventFact(e, cat)},
                      {"path", e.fact}, {"value", EventValue(e)}, {"sources", EventSources(c, e)}});
  }
  return {{"heading", Heading(c, t.dataset->catalogue)},
          {"chart", charts == TrendCharts::kDrawn ? Json(Fragment(TrendChart(t, c))) : Json(false)},
          {"points", points},
          {"has_events", !events.empty()},
          {"events", events}};
}

}  // namespace

Json TrendView(const Trend& t, TrendCharts charts) {
  Json countries = Json::array();
  for (const auto& c : t.countries) countries.push_back(CountryView(t, c, charts));
  return {{"from", t.dates.front().ToString()},
          {"to", t.dates.back().ToString()},
          {"step", TrendStepName(t.step)},
          {"pack", {{"name", t.pack->name}, {"version", t.pack->version}}},
          {"countries", countries}};
}

}  // namespace workrights
