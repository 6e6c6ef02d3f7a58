#include "reports/monitoring/trend_workbook.h"

#include "reports/format/joined.h"
#include "core/base/version.h"
#include "core/model/fact_value.h"
#include "reports/format/xlsx_workbook.h"

namespace workrights {
namespace {

/// The headline figures of a series point, as the JSON's series names them.
struct Measure {
  const char* name;
  std::optional<Score> TrendPoint::*field;
};
constexpr Measure kMeasures[] = {
    {"overall", &TrendPoint::overall}, {"de_jure", &TrendPoint::de_jure}, {"de_facto", &TrendPoint::de_facto}};

Table SeriesTable(const Trend& t) {
  Table table{"Trend", {{"country"}, {"name"}, {"group"}, {"date"}}, {}};
  for (const auto& m : kMeasures) {
    for (const char* suffix : {"", "_lower", "_upper"}) table.columns.push_back({m.name + std::string(suffix), ColumnKind::kScore});
  }
  table.columns.push_back({"coverage", ColumnKind::kShare});
  for (const auto& c : t.countries) {
    const std::string group = t.dataset->catalogue.GroupName(c.group);
    for (const auto& p : c.points) {
      std::vector<Cell> row{c.profile->iso3, c.profile->name, group, p.date.ToString()};
      for (const auto& m : kMeasures) {
        const auto& s = p.*m.field;  // unknown stays empty, never zero
        for (double Score::*part : {&Score::point, &Score::lower, &Score::upper}) row.push_back(s ? Cell((*s).*part) : Cell());
      }
      row.push_back(p.coverage);
      table.Add(std::move(row));
    }
  }
  return table;
}

Table EventsTable(const Trend& t) {
  Table table{"Events",
              {{"country"}, {"name"}, {"group"}, {"date"}, {"fact"}, {"value"}, {"inferred"}, {"quote"}, {"sources"}},
              {}};
  for (const auto& c : t.countries) {
    const std::string group = t.dataset->catalogue.GroupName(c.group);
    for (const auto& e : c.events) {
      table.Add({c.profile->iso3, c.profile->name, group, e.date.ToString(), e.fact, FactValueToText(e.entry->value),
                 std::string(e.entry->inferred ? "yes" : ""), e.entry->quote, Joined(e.entry->sources, "; ")});
    }
  }
  return table;
}

/// Every source an event cites, with its address as a link.
Table SourcesTable(const Trend& t) {
  Table table{"Sources",
              {{"country"}, {"date"}, {"fact"}, {"id"}, {"title"}, {"publisher"}, {"url", ColumnKind::kUrl}},
              {}};
  for (const auto& c : t.countries) {
    for (const auto& e : c.events) {
      for (const auto& id : e.entry->sources) {
        if (const Source* s = c.profile->FindSource(id)) {
          table.Add({c.profile->iso3, e.date.ToString(), e.fact, s->id, s->title, s->publisher, s->url});
        }
      }
    }
  }
  return table;
}

Table AboutTable(const Trend& t) {
  Table table{"About", {{"field"}, {"value"}}, {}};
  table.Add({"from", t.dates.front().ToString()});
  table.Add({"as_of", t.dates.back().ToString()});
  table.Add({"step", std::string(TrendStepName(t.step))});
  table.Add({"dates", static_cast<double>(t.dates.size())});
  table.Add({"pack", t.pack->name + " " + t.pack->version});
  table.Add({"dataset", t.dataset->hash});
  table.Add({"engine_version", std::string(kEngineVersion)});
  return table;
}

}  // namespace

std::vector<Table> TrendTables(const Trend& t) { return {SeriesTable(t), EventsTable(t), SourcesTable(t), AboutTable(t)}; }

void WriteTrendWorkbook(const Trend& t, const std::string& path) {
  WriteWorkbook(path, TrendTables(t),
                WorkbookInfo{"Scores over time, " + t.dates.front().ToString() + " to " + t.dates.back().ToString(),
                             t.dates.back()});
}

}  // namespace workrights
