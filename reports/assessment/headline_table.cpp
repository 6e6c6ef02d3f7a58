#include "reports/assessment/headline_table.h"

#include <algorithm>

namespace workrights {
namespace {

double OrderKey(const CountryAssessment& c) { return c.overall ? c.overall->point : -1; }

/// point, lower, upper; three empty cells when the pack has no rule for the score.
void AddScore(std::vector<Cell>& row, const std::optional<Score>& s) {
  if (!s) {
    row.resize(row.size() + 3);
    return;
  }
  for (double x : {s->point, s->lower, s->upper}) row.emplace_back(std::in_place_type<double>, x);
}

void AddScoreColumns(std::vector<Column>& columns, const std::string& name) {
  for (const char* suffix : {"", "_lower", "_upper"}) columns.push_back({name + suffix, ColumnKind::kScore});
}

}  // namespace

std::vector<HeadlineRow> HeadlineRows(const Assessment& a) {
  std::vector<HeadlineRow> rows;
  for (const auto& c : a.countries) rows.push_back({&c, std::nullopt});
  std::stable_sort(rows.begin(), rows.end(), [](const HeadlineRow& x, const HeadlineRow& y) {
    const double px = OrderKey(*x.country), py = OrderKey(*y.country);
    if (px != py) return px > py;
    return x.country->profile->name < y.country->profile->name;
  });
  for (size_t i = 0; i < rows.size(); ++i) {
    if (!rows[i].country->overall) continue;
    const bool tied = i > 0 && rows[i - 1].rank && OrderKey(*rows[i - 1].country) == OrderKey(*rows[i].country);
    rows[i].rank = tied ? *rows[i - 1].rank : static_cast<int>(i) + 1;
  }
  return rows;
}

Table HeadlineTable(const Assessment& a) {
  const FactCatalogue& cat = a.dataset->catalogue;
  Table t;
  t.title = "Headline";
  t.columns = {{"country"}, {"name"}, {"group"}, {"rank", ColumnKind::kInteger}};
  for (const char* name : {"overall", "law", "practice", "gap"}) AddScoreColumns(t.columns, name);
  t.columns.push_back({"coverage", ColumnKind::kShare});
  for (const auto& d : a.pack->domains) AddScoreColumns(t.columns, d.id);
  t.columns.push_back({"profile_as_of"});
  for (const HeadlineRow& r : HeadlineRows(a)) {
    const CountryAssessment& c = *r.country;
    std::vector<Cell> row;
    for (const std::string& text : {c.profile->iso3, c.profile->name, cat.GroupName(c.view.group)}) {
      row.emplace_back(std::in_place_type<std::string>, text);
    }
    row.push_back(OptionalNumber(r.rank));
    for (const auto* s : {&c.overall, &c.de_jure, &c.de_facto, &c.gap}) AddScore(row, *s);
    row.emplace_back(std::in_place_type<double>, c.coverage);
    for (const auto& d : c.domains) AddScore(row, d.score);
    row.emplace_back(std::in_place_type<std::string>, c.profile->as_of.ToString());
    t.Add(std::move(row));
  }
  return t;
}

std::string AssessmentHeadlineCsv(const Assessment& a) { return TableCsv(HeadlineTable(a)); }

}  // namespace workrights
