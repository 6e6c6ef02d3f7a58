#include "reports/monitoring/trend_report.h"

#include "core/model/fact_value.h"
#include "reports/assessment/json_writer.h"
#include "reports/format/csv.h"
#include "reports/format/html.h"
#include "reports/format/score_format.h"
#include "reports/format/template_render.h"
#include "reports/monitoring/trend_view.h"

namespace workrights {
namespace {

struct Measure {
  const char* name;
  std::optional<Score> TrendPoint::*field;
};
const Measure kMeasures[] = {{"overall", &TrendPoint::overall}, {"de_jure", &TrendPoint::de_jure}, {"de_facto", &TrendPoint::de_facto}};

}  // namespace

nlohmann::json TrendToJson(const Trend& t) {
  nlohmann::json out = OutputHeader("trend", *t.pack, *t.dataset);
  nlohmann::json dates = nlohmann::json::array();
  for (const auto& d : t.dates) dates.push_back(d.ToString());
  out["as_of"] = t.dates.back().ToString();
  out["from"] = t.dates.front().ToString();
  out["step"] = TrendStepName(t.step);
  out["dates"] = dates;
  nlohmann::json countries = nlohmann::json::array();
  for (const auto& c : t.countries) {
    nlohmann::json series = nlohmann::json::object(), events = nlohmann::json::array();
    for (const auto& m : kMeasures) {
      nlohmann::json values = nlohmann::json::array();
      for (const auto& p : c.points) values.push_back(ScoreJson(p.*m.field));
      series[m.name] = values;
    }
    nlohmann::json coverage = nlohmann::json::array();
    for (const auto& p : c.points) coverage.push_back(RoundScore(p.coverage));
    series["coverage"] = coverage;
    for (const auto& e : c.events) {
      nlohmann::json sources = nlohmann::json::array();
      for (const auto& id : e.entry->sources) {
        if (const Source* s = c.profile->FindSource(id)) sources.push_back(SourceJson(*s));
      }
      events.push_back({{"date", e.date.ToString()}, {"fact", e.fact}, {"value", FactValueToJson(e.entry->value)},
                        {"inferred", e.entry->inferred}, {"quote", e.entry->quote}, {"sources", sources}});
    }
    countries.push_back({{"country", c.profile->iso3}, {"name", c.profile->name},
                         {"group", t.dataset->catalogue.GroupName(c.group)}, {"series", series}, {"events", events}});
  }
  out["countries"] = countries;
  return out;
}

std::string TrendCsv(const Trend& t) {
  CsvTable table({"country", "name", "group", "date", "measure", "point", "lower", "upper"});
  for (const auto& c : t.countries) {
    const std::string group = t.dataset->catalogue.GroupName(c.group);
    for (const auto& p : c.points) {
      for (const auto& m : kMeasures) {
        const auto& s = p.*m.field;
        table.Row({c.profile->iso3, c.profile->name, group, p.date.ToString(), m.name, s ? CsvNumber(s->point) : "",
                   s ? CsvNumber(s->lower) : "", s ? CsvNumber(s->upper) : ""});
      }
      table.Row({c.profile->iso3, c.profile->name, group, p.date.ToString(), "coverage", CsvNumber(p.coverage),
                 CsvNumber(p.coverage), CsvNumber(p.coverage)});
    }
  }
  return table.text();
}

std::string TrendMarkdown(const Trend& t, const TemplateSet& templates) {
  return RenderTemplate(templates, "trend.md.mustache", TrendView(t));
}

std::string TrendHtml(const Trend& t, const TemplateSet& templates) {
  const std::string body = RenderTemplate(templates, "trend.html.mustache", TrendView(t, TrendCharts::kDrawn));
  return HtmlPage("Scores over time, " + t.dates.front().ToString() + " to " + t.dates.back().ToString(), body, *t.pack,
                  *t.dataset, "from " + t.dates.front().ToString() + " to " + t.dates.back().ToString(), templates);
}

}  // namespace workrights
