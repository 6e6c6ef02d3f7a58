#include "reports/monitoring/indicators_view.h"

#include "reports/format/score_format.h"
#include "reports/format/svg_charts.h"
#include "reports/format/template_render.h"
#include "reports/format/words.h"
#include "reports/monitoring/indicators_parts.h"
#include "reports/monitoring/indicators_report.h"

namespace workrights {
using namespace indicators_parts;
namespace {

using Json = nlohmann::json;

const FactCatalogue& Cat(const IndicatorReport& r) { return r.assessment->dataset->catalogue; }

// An indicator's figure for one dimension; `rule` is false when the pack names no rule for it.
Json DimensionFigures(const IndicatorResult& res, const DimensionView& d, const PackInfo& pack) {
  const auto& part = res.info->*d.part;
  const IndicatorValue& v = res.*d.value;
  return {{"rule", static_cast<bool>(part)},
          {"value", ProportionText(v.value)},
          {"known", static_cast<bool>(v.value)},
          {"coverage", Percent(v.coverage)},
          {"countries_known", std::to_string(v.countries_known)},
          {"countries_unknown", std::to_string(v.countries_unknown)},
          {"rules", part ? RuleTitles(*part, pack) : std::string()}};
}

Json CountryView(const IndicatorReport& r, const IndicatorCountry& c) {
  Json out = {{"name", c.country->profile->name},
              {"iso3", c.country->profile->iso3},
              {"group", GroupWords(Cat(r), c.country->view.group)},
              {"people", c.population ? Json(People(*c.population)) : Json(false)}};
  for (const auto& d : kDimensions) {
    const IndicatorShare& s = c.*d.share;
    out[std::string(d.name) + "_share"] = s.share ? Json(ProportionText(s.share)) : Json(false);
    out[std::string(d.name) + "_known"] = s.known;
  }
  return out;
}

// The facts an indicator is weighted by, each as words with its path (for a hover title).
Json PopulationFacts(const FactCatalogue& cat, const std::vector<FactId>& facts) {
  Json out = Json::array();
  for (FactId f : facts) out.push_back({{"first", out.empty()}, {"label", FactWords(cat, f)}, {"path", cat.Get(f).path}});
  return out;
}

Json IndicatorView(const IndicatorReport& r, const IndicatorResult& res) {
  const IndicatorInfo& info = *res.info;
  Json countries = Json::array();
  for (const auto& c : res.countries) countries.push_back(CountryView(r, c));
  Json out = {{"id", info.id},
              {"title", info.title},
              {"definition", info.definition},
              {"source", info.source},
              {"weighted_by", PopulationFacts(Cat(r), info.population)},
              {"people", People(res.population)},
              {"countries", countries}};
  for (const auto& d : kDimensions) out[d.name] = DimensionFigures(res, d, *r.assessment->pack);
  return out;
}

// One interval per indicator and dimension, on 0-100% (the middle marked), so law and practice read side by side.
std::string IntervalsChart(const IndicatorReport& r) {
  std::vector<IntervalItem> items;
  for (const auto& res : r.indicators) {
    for (const auto& d : kDimensions) {
      const IndicatorValue& v = res.*d.value;
      if (!(res.info->*d.part) || !v.value) continue;
      items.push_back({res.info->id + " " + d.words, v.value->lower * 100,
                       v.value->point * 100, v.value->upper * 100, std::nullopt});
    }
  }
  return items.empty() ? "" : SvgIntervals(items, 0, 100, "per cent of the people weighted", false, 560, "indicators");
}

}  // namespace

Json IndicatorsView(const IndicatorReport& r) {
  Json indicators = Json::array();
  for (const auto& res : r.indicators) indicators.push_back(IndicatorView(r, res));
  return {{"as_of", AsOf(r)},
          {"group", r.group ? Json(GroupWords(Cat(r), *r.group)) : Json(false)},
          {"pack", {{"name", r.assessment->pack->name}, {"version", r.assessment->pack->version}}},
          {"chart", Fragment(IntervalsChart(r))},
          {"indicators", indicators}};
}

}  // namespace workrights
