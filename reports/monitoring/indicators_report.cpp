#include "reports/monitoring/indicators_report.h"

#include "reports/assessment/json_writer.h"
#include "reports/format/html.h"
#include "reports/format/score_format.h"
#include "reports/format/template_render.h"
#include "reports/format/xlsx_workbook.h"
#include "reports/monitoring/indicators_parts.h"
#include "reports/monitoring/indicators_view.h"

namespace workrights {
using namespace indicators_parts;
namespace {

const Dataset& Data(const IndicatorReport& r) { return *r.assessment->dataset; }
const FactCatalogue& Cat(const IndicatorReport& r) { return Data(r).catalogue; }

std::string GroupLabel(const IndicatorReport& r) { return r.group ? Cat(r).GroupName(*r.group) : "primary"; }

std::string Pct(double x, int digits) { return Fixed(x * 100, digits); }

nlohmann::json PartJson(const IndicatorPart& part, const IndicatorValue& v) {
  return {{"rules", part.rule_ids}, {"combine", IndicatorCombineName(part.combine)}, {"value", ScoreJson(v.value)},
          {"coverage", RoundScore(v.coverage)}, {"countries_known", v.countries_known},
          {"countries_unknown", v.countries_unknown}};
}

nlohmann::json CountryJson(const IndicatorReport& r, const IndicatorResult& res, const IndicatorCountry& c) {
  nlohmann::json missing = nlohmann::json::array();
  for (FactId f : c.population_missing) missing.push_back(Cat(r).Get(f).path);
  nlohmann::json out = {{"country", c.country->profile->iso3}, {"name", c.country->profile->name},
                        {"group", Cat(r).GroupName(c.country->view.group)},
                        {"population", c.population ? nlohmann::json(*c.population) : nlohmann::json(nullptr)},
                        {"population_missing", missing}};
  for (const auto& d : kDimensions) {
    const IndicatorShare& s = c.*d.share;
    out[d.name] = (res.info->*d.part) ? nlohmann::json{{"share", ScoreJson(s.share)}, {"known", s.known}}
                                      : nlohmann::json(nullptr);
  }
  return out;
}

nlohmann::json IndicatorJson(const IndicatorReport& r, const IndicatorResult& res) {
  const IndicatorInfo& info = *res.info;
  nlohmann::json population = nlohmann::json::array(), countries = nlohmann::json::array();
  for (FactId f : info.population) population.push_back(Cat(r).Get(f).path);
  for (const auto& c : res.countries) countries.push_back(CountryJson(r, res, c));
  nlohmann::json out = {{"id", info.id}, {"title", info.title}, {"source", info.source}, {"definition", info.definition},
                        {"population_facts", population}, {"population", res.population}, {"countries", countries}};
  for (const auto& d : kDimensions) {
    const auto& part = info.*d.part;
    out[d.name] = part ? PartJson(*part, res.*d.value) : nlohmann::json(nullptr);
  }
  return out;
}

void AddDatasetRows(const IndicatorReport& r, const IndicatorResult& res, Table& t) {
  for (const auto& d : kDimensions) {
    if (!(res.info->*d.part)) continue;
    const IndicatorValue& v = res.*d.value;
    t.Add({res.info->id, d.name, "all countries", "", "", GroupLabel(r), res.population,
           v.value ? Cell(v.value->point) : Cell(), v.value ? Cell(v.value->lower) : Cell(),
           v.value ? Cell(v.value->upper) : Cell(), v.coverage});
  }
}

void AddCountryRows(const IndicatorReport& r, const IndicatorResult& res, Table& t) {
  for (const auto& c : res.countries) {
    for (const auto& d : kDimensions) {
      if (!(res.info->*d.part)) continue;
      const IndicatorShare& s = c.*d.share;
      t.Add({res.info->id, d.name, "country", c.country->profile->iso3, c.country->profile->name,
             Cat(r).GroupName(c.country->view.group), OptionalNumber(c.population),
             s.share ? Cell(s.share->point) : Cell(), s.share ? Cell(s.share->lower) : Cell(),
             s.share ? Cell(s.share->upper) : Cell(), s.known ? 1.0 : 0.0});
    }
  }
}

Table EmptyTable(const std::string& title) {
  return Table{title,
               {{"indicator"}, {"dimension"}, {"scope"}, {"country"}, {"name"}, {"group"},
                {"population", ColumnKind::kInteger}, {"point", ColumnKind::kShare}, {"lower", ColumnKind::kShare},
                {"upper", ColumnKind::kShare}, {"coverage", ColumnKind::kShare}},
               {}};
}

}  // namespace

std::string ProportionText(const std::optional<Score>& s) {
  if (!s) return "unknown";
  if (s->exact()) return Pct(s->point, 0) + "%";
  return Pct(s->point, 0) + "% [" + Pct(s->lower, 0) + "–" + Pct(s->upper, 0) + "%]";
}

nlohmann::json IndicatorsToJson(const IndicatorReport& r) {
  nlohmann::json out = OutputHeader("indicators", *r.assessment->pack, Data(r));
  out["as_of"] = r.assessment->as_of ? nlohmann::json(r.assessment->as_of->ToString()) : nlohmann::json(nullptr);
  out["group"] = GroupLabel(r);
  nlohmann::json list = nlohmann::json::array();
  for (const auto& res : r.indicators) list.push_back(IndicatorJson(r, res));
  out["indicators"] = list;
  return out;
}

Table IndicatorsTable(const IndicatorReport& r) {
  Table t = EmptyTable("Indicators");
  for (const auto& res : r.indicators) AddDatasetRows(r, res, t);
  for (const auto& res : r.indicators) AddCountryRows(r, res, t);
  return t;
}

std::string IndicatorsCsv(const IndicatorReport& r) { return TableCsv(IndicatorsTable(r)); }

std::string IndicatorsMarkdown(const IndicatorReport& r, const TemplateSet& templates) {
  return RenderTemplate(templates, "indicators.md.mustache", IndicatorsView(r));
}

std::string IndicatorsHtml(const IndicatorReport& r, const TemplateSet& templates) {
  const std::string body = RenderTemplate(templates, "indicators.html.mustache", IndicatorsView(r));
  return HtmlPage("Global Compact on Refugees indicators, as of " + AsOf(r), body, *r.assessment->pack, Data(r),
                  "as of " + AsOf(r), templates);
}

void WriteIndicatorsWorkbook(const IndicatorReport& r, const std::string& path) {
  Table all = EmptyTable("Indicators"), countries = EmptyTable("Countries");
  for (const auto& res : r.indicators) AddDatasetRows(r, res, all);
  for (const auto& res : r.indicators) AddCountryRows(r, res, countries);
  Table about{"About", {{"indicator"}, {"title"}, {"definition"}, {"source"}, {"population facts"}, {"law rules"},
                        {"practice rules"}}, {}};
  for (const auto& res : r.indicators) {
    const IndicatorInfo& info = *res.info;
    about.Add({info.id, info.title, info.definition, info.source, FactList(Cat(r), info.population),
               info.law ? RuleList(*info.law) : "", info.practice ? RuleList(*info.practice) : ""});
  }
  WriteWorkbook(path, {all, countries, about}, WorkbookInfo{"Global Compact on Refugees indicators", r.assessment->as_of});
}

}  // namespace workrights
