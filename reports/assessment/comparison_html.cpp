#include "reports/assessment/comparison_html.h"

#include <algorithm>
#include <functional>

#include "reports/assessment/assessment_parts.h"
#include "reports/assessment/key_findings.h"
#include "reports/format/html.h"
#include "reports/format/score_format.h"
#include "reports/format/words.h"

namespace workrights {
using namespace assessment_parts;
namespace {

using Columns = std::vector<const CountryAssessment*>;

std::string ScoreRow(const std::string& label, const Columns& cols,
                     const std::function<std::optional<Score>(const CountryAssessment&)>& get) {
  std::string b = "<tr><th scope=\"row\">" + HtmlEscape(label) + "</th>";
  for (const auto* c : cols) b += "<td class=\"num\">" + HtmlScore(get(*c)) + "</td>";
  return b + "</tr>\n";
}

std::string ScoresTable(const Columns& cols, const PackInfo& pack, const FactCatalogue& cat) {
  std::string b = "<table class=\"compare\">\n<thead><tr><th></th>";
  for (const auto* c : cols) {
    b += "<th class=\"num\"><a href=\"#" + HtmlEscape(Anchor(*c, cat)) + "\">" + HtmlEscape(SectionName(*c, cat)) + "</a></th>";
  }
  b += "</tr></thead>\n<tbody>\n";
  b += ScoreRow("overall", cols, [](const CountryAssessment& c) { return c.overall; });
  b += ScoreRow("law (de jure)", cols, [](const CountryAssessment& c) { return c.de_jure; });
  b += ScoreRow("practice (de facto)", cols, [](const CountryAssessment& c) { return c.de_facto; });
  b += ScoreRow("gap", cols, [](const CountryAssessment& c) { return c.gap; });
  b += "<tr><th scope=\"row\">coverage</th>";
  for (const auto* c : cols) b += "<td class=\"num\">" + Percent(c->coverage) + "</td>";
  b += "</tr>\n";
  for (size_t d = 0; d < pack.domains.size(); ++d) {
    b += ScoreRow(pack.domains[d].title, cols, [d](const CountryAssessment& c) { return c.domains[d].score; });
  }
  std::vector<std::vector<KeyFinding>> findings;
  for (const auto* c : cols) findings.push_back(KeyFindings(*c, pack, cat));
  for (size_t f = 0; f < findings.front().size(); ++f) {
    b += "<tr><th scope=\"row\">" + HtmlEscape(findings.front()[f].label) + "</th>";
    for (const auto& column : findings) b += "<td class=\"finding\">" + HtmlEscape(column[f].text) + "</td>";
    b += "</tr>\n";
  }
  return b + "</tbody>\n</table>\n";
}

// The rules whose result text differs between the columns; the others are counted, not repeated.
std::string DifferingRules(const Columns& cols, const PackInfo& pack) {
  std::string rows;
  size_t same = 0;
  for (size_t r = 0; r < pack.rules.size(); ++r) {
    std::vector<std::string> results;
    for (const auto* c : cols) results.push_back(RuleResultText(c->results[r]));
    if (std::all_of(results.begin(), results.end(), [&](const std::string& x) { return x == results.front(); })) {
      ++same;
      continue;
    }
    rows += "<tr><th scope=\"row\">" + HtmlEscape(pack.rules[r].title) + " <span class=\"legend\">(" +
            std::string(DimensionWords(pack.rules[r].dimension)) + ")</span></th>";
    for (const auto& x : results) rows += "<td class=\"num\">" + HtmlEscape(x) + "</td>";
    rows += "</tr>\n";
  }
  std::string b = "<h3>Rules with different results</h3>\n<p class=\"legend\">" + std::to_string(same) + " of " +
                  std::to_string(pack.rules.size()) + " rules have the same result everywhere and are not repeated; each "
                  "country's page gives every rule with its reasons and sources.</p>\n";
  if (rows.empty()) return b;
  b += "<table class=\"compare\">\n<tbody>\n" + rows + "</tbody>\n</table>\n";
  return b;
}

}  // namespace

std::string ComparisonHtml(const Assessment& a) {
  if (a.countries.size() < 2 || a.countries.size() > kMaxCompared) return "";
  Columns cols = ByOverall(a);
  const FactCatalogue& cat = a.dataset->catalogue;
  std::string b = "<section class=\"comparison\" id=\"comparison\">\n<h2>Side by side</h2>\n<p class=\"legend\">The " +
                  std::to_string(cols.size()) + " assessments in columns, highest overall score first.</p>\n";
  b += ScoresTable(cols, *a.pack, cat);
  b += DifferingRules(cols, *a.pack);
  return b + "</section>\n";
}

}  // namespace workrights
