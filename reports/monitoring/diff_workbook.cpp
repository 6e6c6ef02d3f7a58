#include "reports/monitoring/diff_workbook.h"

#include "reports/format/joined.h"
#include "core/base/version.h"
#include "core/model/fact_value.h"
#include "reports/monitoring/diff_report.h"
#include "reports/format/xlsx_workbook.h"

namespace workrights {
namespace {

std::string AsOfCell(const Assessment& a) { return a.as_of ? a.as_of->ToString() : ""; }

/// point, lower, upper: empty when that side has no score (unknown: never zero).
void AddScoreCells(const std::optional<Score>& s, std::vector<Cell>& row) {
  for (double Score::*part : {&Score::point, &Score::lower, &Score::upper}) {
    row.push_back(s ? Cell((*s).*part) : Cell());
  }
}

/// value, valid_from, inferred, quote, sources of one side; empty when the fact is unknown there.
void AddSideCells(const FactSide& side, std::vector<Cell>& row) {
  if (!side.entry) {
    row.insert(row.end(), 5, Cell());
    return;
  }
  const FactEntry& e = *side.entry;
  row.push_back(FactValueToText(e.value));
  row.push_back(e.valid_from ? e.valid_from->ToString() : "");
  row.push_back(std::string(e.inferred ? "yes" : ""));
  row.push_back(e.quote);
  row.push_back(Joined(e.sources, "; "));
}

std::vector<Column> ScoreColumns(const std::string& prefix) {
  return {{prefix, ColumnKind::kScore}, {prefix + "_lower", ColumnKind::kScore}, {prefix + "_upper", ColumnKind::kScore}};
}

Table SummaryTable(const AssessmentDiff& d) {
  Table t{"Summary", {{"country"}, {"name"}, {"group"}, {"change"}, {"facts_changed", ColumnKind::kInteger},
                      {"scores_changed", ColumnKind::kInteger}}, {}};
  for (const char* side : {"overall_before", "overall_after"}) {
    for (auto& c : ScoreColumns(side)) t.columns.push_back(std::move(c));
  }
  std::vector<Cell> none(t.columns.size() - 4, Cell());
  for (const auto& code : d.added) {
    std::vector<Cell> row{code, "", "", "country_added"};
    row.insert(row.end(), none.begin(), none.end());
    t.Add(std::move(row));
  }
  for (const auto& code : d.removed) {
    std::vector<Cell> row{code, "", "", "country_removed"};
    row.insert(row.end(), none.begin(), none.end());
    t.Add(std::move(row));
  }
  for (const auto& c : d.countries) {
    std::vector<Cell> row{c.iso3, c.name, c.group, "changed", static_cast<double>(c.facts.size()),
                          static_cast<double>(c.scores.size())};
    const ScoreChange* overall = nullptr;
    for (const auto& s : c.scores) {
      if (s.kind == ScoreKind::kOverall && s.id == "overall") overall = &s;
    }
    AddScoreCells(overall ? overall->before : std::nullopt, row);
    AddScoreCells(overall ? overall->after : std::nullopt, row);
    t.Add(std::move(row));
  }
  return t;
}

Table FactsTable(const AssessmentDiff& d) {
  Table t{"Facts", {{"country"}, {"name"}, {"group"}, {"fact"}}, {}};
  for (const char* side : {"before", "after"}) {
    for (const char* field : {"", "_valid_from", "_inferred", "_quote", "_sources"}) {
      t.columns.push_back({std::string(side) + field});
    }
  }
  for (const auto& c : d.countries) {
    for (const auto& f : c.facts) {
      std::vector<Cell> row{c.iso3, c.name, c.group, f.fact};
      AddSideCells(f.before, row);
      AddSideCells(f.after, row);
      t.Add(std::move(row));
    }
  }
  return t;
}

Table ScoresTable(const AssessmentDiff& d) {
  Table t{"Scores", {{"country"}, {"name"}, {"group"}, {"kind"}, {"id"}, {"title"}}, {}};
  for (const char* side : {"before", "after"}) {
    for (auto& c : ScoreColumns(side)) t.columns.push_back(std::move(c));
  }
  for (const char* h : {"because", "before_explanation", "after_explanation"}) t.columns.push_back({h});
  for (const auto& c : d.countries) {
    for (const auto& s : c.scores) {
      std::vector<Cell> row{c.iso3, c.name, c.group, ScoreKindName(s.kind), s.id, s.title};
      AddScoreCells(s.before, row);
      AddScoreCells(s.after, row);
      row.push_back(Joined(s.because, "; "));
      row.push_back(s.before_text);
      row.push_back(s.after_text);
      t.Add(std::move(row));
    }
  }
  return t;
}

/// Every source a changed fact cites on either side, with its address as a link.
Table SourcesTable(const AssessmentDiff& d) {
  Table t{"Sources",
          {{"country"}, {"fact"}, {"side"}, {"id"}, {"title"}, {"publisher"}, {"date"}, {"url", ColumnKind::kUrl}},
          {}};
  for (const auto& c : d.countries) {
    for (const auto& f : c.facts) {
      for (const auto& [side, name] : {std::pair{&f.before, "before"}, std::pair{&f.after, "after"}}) {
        for (const Source* s : FactSideSources(*side)) {
          t.Add({c.iso3, f.fact, std::string(name), s->id, s->title, s->publisher,
                 s->date ? s->date->ToString() : "", s->url});
        }
      }
    }
  }
  return t;
}

Table AboutTable(const AssessmentDiff& d) {
  Table t{"About", {{"field"}, {"value"}}, {}};
  t.Add({"before_as_of", AsOfCell(*d.before)});
  t.Add({"before_dataset", d.before->dataset->hash});
  t.Add({"before_pack", d.before->pack->name + " " + d.before->pack->version});
  t.Add({"after_as_of", AsOfCell(*d.after)});
  t.Add({"after_dataset", d.after->dataset->hash});
  t.Add({"after_pack", d.after->pack->name + " " + d.after->pack->version});
  t.Add({"changed", std::string(d.Empty() ? "false" : "true")});
  t.Add({"countries_added", Joined(d.added, "; ")});
  t.Add({"countries_removed", Joined(d.removed, "; ")});
  t.Add({"engine_version", std::string(kEngineVersion)});
  return t;
}

}  // namespace

std::vector<Table> DiffTables(const AssessmentDiff& d) {
  return {SummaryTable(d), FactsTable(d), ScoresTable(d), SourcesTable(d), AboutTable(d)};
}

void WriteDiffWorkbook(const AssessmentDiff& d, const std::string& path) {
  WriteWorkbook(path, DiffTables(d),
                WorkbookInfo{"What changed: " + DiffSideText(*d.before, *d.after) + " to " +
                                 DiffSideText(*d.after, *d.before),
                             d.after->as_of});
}

}  // namespace workrights
