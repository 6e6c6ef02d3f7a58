#include "reports/assessment/comparison_html.h"

#include <algorithm>
#include <functional>

#include "reports/assessment/assessment_parts.h"
#include "reports/assessment/key_findings.h"
#include "reports/format/score_format.h"
#include "reports/format/template_render.h"
#include "reports/format/view_parts.h"
#include "reports/format/words.h"

namespace workrights {
using namespace assessment_parts;
namespace {

using Json = nlohmann::json;
using Columns = std::vector<const CountryAssessment*>;

// One score per column, as "$score" items the template puts in cells.
Json ScoreCells(const Columns& cols, const std::function<std::optional<Score>(const CountryAssessment&)>& get) {
  Json cells = Json::array();
  for (const auto* c : cols) cells.push_back(ScoreView(get(*c)));
  return cells;
}

Json ColumnsView(const Columns& cols, const FactCatalogue& cat) {
  Json columns = Json::array();
  for (const auto* c : cols) columns.push_back({{"anchor", Anchor(*c, cat)}, {"name", SectionName(*c, cat)}});
  return columns;
}

Json DomainRows(const Columns& cols, const PackInfo& pack) {
  Json rows = Json::array();
  for (size_t d = 0; d < pack.domains.size(); ++d) {
    rows.push_back({{"title", pack.domains[d].title},
                    {"scores", ScoreCells(cols, [d](const CountryAssessment& c) { return c.domains[d].score; })}});
  }
  return rows;
}

// The key findings row by row: each finding's label, then its text in every column.
Json FindingRows(const Columns& cols, const PackInfo& pack, const FactCatalogue& cat) {
  std::vector<std::vector<KeyFinding>> findings;
  for (const auto* c : cols) findings.push_back(KeyFindings(*c, pack, cat));
  Json rows = Json::array();
  for (size_t f = 0; f < findings.front().size(); ++f) {
    Json texts = Json::array();
    for (const auto& column : findings) texts.push_back({{"text", column[f].text}});
    rows.push_back({{"label", findings.front()[f].label}, {"texts", texts}});
  }
  return rows;
}

// The rules whose result text differs between the columns; the others are counted, not repeated.
void AddDifferingRules(const Columns& cols, const PackInfo& pack, Json& view) {
  Json rows = Json::array();
  size_t same = 0;
  for (size_t r = 0; r < pack.rules.size(); ++r) {
    std::vector<std::string> results;
    for (const auto* c : cols) results.push_back(RuleResultText(c->results[r]));
    if (std::all_of(results.begin(), results.end(), [&](const std::string& x) { return x == results.front(); })) {
      ++same;
      continue;
    }
    Json cells = Json::array();
    for (const auto& x : results) cells.push_back({{"result", x}});
    rows.push_back({{"title", pack.rules[r].title}, {"dimension", DimensionWords(pack.rules[r].dimension)},
                    {"results", cells}});
  }
  view["same_rules"] = std::to_string(same);
  view["rule_count"] = std::to_string(pack.rules.size());
  view["has_differing"] = !rows.empty();
  view["differing"] = rows;
}

}  // namespace

Json ComparisonView(const Assessment& a) {
  Columns cols = ByOverall(a);
  const FactCatalogue& cat = a.dataset->catalogue;
  Json coverage = Json::array();
  for (const auto* c : cols) coverage.push_back({{"value", Percent(c->coverage)}});
  Json view = {{"count", std::to_string(cols.size())},
               {"columns", ColumnsView(cols, cat)},
               {"overall", ScoreCells(cols, [](const CountryAssessment& c) { return c.overall; })},
               {"de_jure", ScoreCells(cols, [](const CountryAssessment& c) { return c.de_jure; })},
               {"de_facto", ScoreCells(cols, [](const CountryAssessment& c) { return c.de_facto; })},
               {"gap", ScoreCells(cols, [](const CountryAssessment& c) { return c.gap; })},
               {"coverage", coverage},
               {"domains", DomainRows(cols, *a.pack)},
               {"findings", FindingRows(cols, *a.pack, cat)}};
  AddDifferingRules(cols, *a.pack, view);
  return view;
}

std::string ComparisonHtml(const Assessment& a, const TemplateSet& templates) {
  if (a.countries.size() < 2 || a.countries.size() > kMaxCompared) return "";
  return RenderTemplate(templates, "assessment-comparison.html.mustache", ComparisonView(a));
}

}  // namespace workrights
