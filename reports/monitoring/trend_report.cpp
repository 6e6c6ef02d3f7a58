#include "reports/monitoring/trend_report.h"

#include "core/model/fact_value.h"
#include "reports/assessment/json_writer.h"
#include "reports/format/csv.h"
#include "reports/format/html.h"
#include "reports/format/score_format.h"
#include "reports/format/svg_charts.h"
#include "reports/format/template_render.h"
#include "reports/monitoring/trend_parts.h"
#include "reports/monitoring/trend_view.h"

namespace workrights {
using namespace trend_parts;
namespace {

/// Days since 1970-01-01 (civil calendar), to place events between two dates of the series.
long DayNumber(const Date& d) {
  int y = d.year - (d.month <= 2 ? 1 : 0);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

double SeriesPosition(const std::vector<Date>& dates, const Date& d) {
  for (size_t i = 1; i < dates.size(); ++i) {
    if (d <= dates[i]) {
      double span = static_cast<double>(DayNumber(dates[i]) - DayNumber(dates[i - 1]));
      return static_cast<double>(i - 1) + static_cast<double>(DayNumber(d) - DayNumber(dates[i - 1])) / span;
    }
  }
  return static_cast<double>(dates.size() - 1);
}

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
  const std::string title = "Scores over time, " + t.dates.front().ToString() + " to " + t.dates.back().ToString();
  std::string b = "<h1>" + HtmlEscape(title) + "</h1>\n<p class=\"lead\">The facts in force on each date (every " +
                  TrendStepName(t.step) + "). Bands show the interval the unknown facts allow; dashed lines mark the "
                  "dated laws, policies and statistics that took effect (hover for what and when).</p>\n";
  std::vector<std::string> labels;
  for (const auto& d : t.dates) labels.push_back(d.ToString());
  for (const auto& c : t.countries) {
    std::vector<LineSeries> lines;
    const char* colours[] = {"#1f2328", "#2f6fb3", "#bf3989"};
    const char* names[] = {"overall", "law (de jure)", "practice (de facto)"};
    for (size_t m = 0; m < 3; ++m) {
      LineSeries s{names[m], {}, {}, {}, colours[m]};
      for (const auto& p : c.points) {
        const auto& x = p.*kMeasures[m].field;
        s.values.push_back(x ? std::optional<double>(x->point) : std::nullopt);
        s.low.push_back(x ? std::optional<double>(x->lower) : std::nullopt);
        s.high.push_back(x ? std::optional<double>(x->upper) : std::nullopt);
      }
      lines.push_back(s);
    }
    std::vector<ChartMark> marks;
    for (const auto& e : c.events) marks.push_back({SeriesPosition(t.dates, e.date), EventText(e)});
    b += "<section><h2>" + HtmlEscape(Heading(c, t.dataset->catalogue)) + "</h2>\n" +
         SvgLines(Heading(c, t.dataset->catalogue) + ": scores over time", labels, lines, marks) + "\n";
    if (!c.events.empty()) {
      b += "<ul class=\"events\">\n";
      for (const auto& e : c.events) b += "<li>" + HtmlEscape(EventText(e)) + " <small>" + HtmlEscape(EventSources(c, e)) + "</small></li>\n";
      b += "</ul>\n";
    }
    b += "</section>\n";
  }
  return HtmlPage(title, b, *t.pack, *t.dataset, "from " + t.dates.front().ToString() + " to " + t.dates.back().ToString(),
                  templates);
}

}  // namespace workrights
