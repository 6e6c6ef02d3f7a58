#include "reports/assessment/country_page_view.h"

#include "reports/assessment/assessment_parts.h"
#include "reports/assessment/key_findings.h"
#include "reports/format/html.h"
#include "reports/format/score_format.h"
#include "reports/format/svg_charts.h"
#include "reports/format/view_parts.h"
#include "reports/format/words.h"

namespace workrights {
using namespace assessment_parts;
namespace {

using Json = nlohmann::json;

// A rule's result as markup: known, unknown (styled so) or an error.
std::string ResultHtml(const RuleResult& res) {
  if (res.status == RuleStatus::kError) return "<span class=\"status-error\">error</span>";
  if (res.status == RuleStatus::kOk && res.lower == res.upper) {
    return "<span class=\"status-ok\">" + RuleResultText(res) + "</span>";
  }
  return "<span class=\"status-unknown\">" + HtmlEscape(RuleResultText(res)) + "</span>";
}

// A fact as words; its path shows on hover, for the data editor who looks it up.
std::string FactHtml(const FactCatalogue& cat, FactId f) {
  return "<span class=\"fact\" title=\"" + HtmlEscape(cat.Get(f).path) + "\">" + HtmlEscape(FactWords(cat, f)) +
         "</span>";
}

// The facts a rule read whose value is inferred, flagged as of lower confidence; "" when none.
std::string InferredHtml(const RuleResult& res, const FactCatalogue& cat) {
  std::vector<FactId> inferred = InferredFacts(res);
  if (inferred.empty()) return "";
  std::string out = " <span class=\"inferred\">(inferred, lower confidence: ";
  for (size_t i = 0; i < inferred.size(); ++i) out += (i ? ", " : "") + FactHtml(cat, inferred[i]);
  return out + ")</span>";
}

// Why a rule scored as it did: its explanation, the facts it lacks, or its error; and the facts it read that
// are inferred.
std::string WhyHtml(const RuleResult& res, const FactCatalogue& cat) {
  std::string why;
  if (res.status == RuleStatus::kOk) {
    why = HtmlEscape(res.explanation);
  } else if (res.status == RuleStatus::kUnknown) {
    why = "<span class=\"unknown\">not stated:";
    for (size_t i = 0; i < res.missing.size(); ++i) why += (i ? ", " : " ") + FactHtml(cat, res.missing[i]);
    if (!res.bound_note.empty()) why += " (bounds [0, 1]: " + HtmlEscape(res.bound_note) + ")";
    return why + "</span>" + InferredHtml(res, cat);
  } else {
    return HtmlEscape(res.error);
  }
  return why + InferredHtml(res, cat);
}

Json RuleView(const CountryAssessment& c, const RuleInfo& rule, const RuleResult& res, const FactCatalogue& cat) {
  return {{"id", rule.id},
          {"title", rule.title},
          {"dimension", std::string(DimensionWords(rule.dimension))},
          {"result", ResultHtml(res)},
          {"why", WhyHtml(res, cat)},
          {"sources", res.status == RuleStatus::kOk ? SourcesView(res, *c.profile) : Json::array()}};
}

std::string DomainChart(const CountryAssessment& c, const PackInfo& pack, const FactCatalogue& cat) {
  auto point = [](const std::optional<Score>& x) { return x ? std::optional<double>(x->point) : std::nullopt; };
  std::vector<BarItem> bars;
  for (size_t d = 0; d < pack.domains.size(); ++d) {
    bars.push_back({pack.domains[d].title + " · law", point(c.domains[d].de_jure)});
    bars.push_back({pack.domains[d].title + " · practice", point(c.domains[d].de_facto)});
  }
  return SvgBars(bars, "Law and practice by domain, " + SectionName(c, cat), "bars-" + Anchor(c, cat));
}

}  // namespace

Json CountryPageView(const CountryAssessment& c, const PackInfo& pack, const FactCatalogue& cat) {
  Json findings = Json::array(), rules = Json::array();
  for (const auto& f : KeyFindings(c, pack, cat)) findings.push_back({{"label", f.label}, {"text", f.text}});
  for (size_t r = 0; r < pack.rules.size(); ++r) rules.push_back(RuleView(c, pack.rules[r], c.results[r], cat));
  return {{"anchor", Anchor(c, cat)},
          {"heading", SectionName(c, cat)},
          {"name", c.profile->name},
          {"iso3", c.profile->iso3},
          {"group", GroupWords(cat, c.view.group)},
          {"profile_as_of", c.profile->as_of.ToString()},
          {"overall", ScoreView(c.overall)},
          {"coverage", Percent(c.coverage)},
          {"rules_known", std::to_string(c.rules_ok)},
          {"rules_unknown", std::to_string(c.rules_unknown)},
          {"findings", findings},
          {"domain_chart", DomainChart(c, pack, cat)},
          {"rules", rules}};
}

}  // namespace workrights
