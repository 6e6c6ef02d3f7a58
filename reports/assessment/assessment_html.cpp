#include "reports/assessment/assessment_report.h"

#include "reports/assessment/assessment_parts.h"
#include "reports/assessment/comparison_html.h"
#include "reports/assessment/country_page_view.h"
#include "reports/assessment/group_gaps_view.h"
#include "reports/format/html.h"
#include "reports/format/score_format.h"
#include "reports/format/sortable_table.h"
#include "reports/format/svg_charts.h"
#include "reports/format/svg_world_map.h"
#include "reports/format/template_render.h"
#include "reports/format/view_parts.h"
#include "reports/format/words.h"

namespace workrights {
using namespace assessment_parts;
namespace {

using Json = nlohmann::json;

// The overall score of each country's primary group on a world map.
std::string WorldMapSvg(const Assessment& a) {
  std::vector<MapValue> values;
  for (const auto& c : a.countries) {
    if (c.view.group != c.profile->primary_group) continue;
    std::string label = c.profile->name + " (" + c.profile->iso3 + "): overall " + ScoreText(c.overall);
    values.push_back({c.profile->iso3, label, c.overall ? std::optional<double>(c.overall->point) : std::nullopt,
                      "#" + c.profile->iso3});
  }
  return SvgWorldMap(values, "World map of the overall score, " + std::to_string(values.size()) + " countries", "world-map");
}

// Countries too small for the map's outlines, named under it with their score, so no assessed country goes unseen.
Json UndrawnView(const Assessment& a) {
  Json undrawn = Json::array();
  for (const auto& c : a.countries) {
    if (c.view.group != c.profile->primary_group || OnWorldMap(c.profile->iso3)) continue;
    undrawn.push_back({{"first", First(undrawn.size())}, {"iso3", c.profile->iso3}, {"name", c.profile->name},
                       {"overall", ScoreView(c.overall)}});
  }
  return undrawn;
}

// A cell of the overview: the sortable table's script sorts by `sort` (empty for unknown: last).
Json SortedScore(const std::optional<Score>& s) {
  Json cell = ScoreView(s);
  cell["sort"] = SortKey(s ? std::optional<double>(s->point) : std::nullopt);
  return cell;
}

Json DomainTitles(const PackInfo& pack) {
  Json titles = Json::array();
  for (const auto& d : pack.domains) titles.push_back({{"title", d.title}});
  return titles;
}

// The overview table's rows, ordered by the overall point figure; its inline script sorts them by any column.
Json OverviewRows(const Assessment& a) {
  const FactCatalogue& cat = a.dataset->catalogue;
  Json rows = Json::array();
  for (const CountryAssessment* cp : ByOverall(a)) {
    const CountryAssessment& c = *cp;
    Json domain_scores = Json::array();
    for (const auto& d : c.domains) domain_scores.push_back(SortedScore(d.score));
    rows.push_back({{"name", c.profile->name}, {"anchor", Anchor(c, cat)}, {"group", GroupWords(cat, c.view.group)},
                    {"overall", SortedScore(c.overall)}, {"de_jure", SortedScore(c.de_jure)},
                    {"de_facto", SortedScore(c.de_facto)}, {"gap", SortedScore(c.gap)},
                    {"coverage", {{"sort", SortKey(c.coverage)}, {"text", Percent(c.coverage)}}},
                    {"domain_scores", domain_scores}});
  }
  return rows;
}

// The law-against-practice chart, with the countries it cannot draw (one of the two unknown) counted.
void AddLawPractice(const Assessment& a, Json& view) {
  std::vector<ScatterPoint> points;
  for (const CountryAssessment* c : ByOverall(a)) {
    if (c->de_jure && c->de_facto) points.push_back({c->profile->iso3, c->de_jure->point, c->de_facto->point});
  }
  view["law_practice_undrawn"] = std::to_string(a.countries.size() - points.size());
  view["law_practice_chart"] = SvgScatter(points, "law (de jure)", "practice (de facto)", "Law against practice, " +
                                          std::to_string(points.size()) + " countries", "law-practice");
}

Json CountryPages(const Assessment& a, const TemplateSet& templates) {
  Json pages = Json::array();
  for (const CountryAssessment* c : ByName(a)) {
    Json view = CountryPageView(*c, *a.pack, a.dataset->catalogue);
    pages.push_back({{"page", Fragment(RenderTemplate(templates, "assessment-country.html.mustache", view))}});
  }
  return pages;
}

}  // namespace

std::string AssessmentHtml(const Assessment& a, const TemplateSet& templates) {
  Json undrawn = UndrawnView(a), gaps = GroupGapsView(a);
  Json view = {{"title", Title(a)},
               {"country_count", std::to_string(a.countries.size())},
               {"rule_count", std::to_string(a.pack->rules.size())},
               {"comparison", Optional(Fragment(ComparisonHtml(a, templates)))},
               {"world_map", WorldMapSvg(a)},
               {"has_undrawn", !undrawn.empty()},
               {"undrawn", undrawn},
               {"domains", DomainTitles(*a.pack)},
               {"overview", OverviewRows(a)},
               {"has_group_gaps", !gaps.empty()},
               {"group_gaps", gaps},
               {"countries", CountryPages(a, templates)},
               {"sort_script", Fragment(SortableTableScript())}};
  AddLawPractice(a, view);
  const std::string body = RenderTemplate(templates, "assessment.html.mustache", view);
  return HtmlPage(Title(a), body, *a.pack, *a.dataset, a.as_of ? "as of " + a.as_of->ToString() : "", templates);
}

}  // namespace workrights
