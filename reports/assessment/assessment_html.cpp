#include "reports/assessment/assessment_report.h"

#include "core/monitor/group_gaps.h"
#include "reports/assessment/assessment_parts.h"
#include "reports/assessment/comparison_html.h"
#include "reports/assessment/key_findings.h"
#include "reports/format/evidence_sources.h"
#include "reports/format/html.h"
#include "reports/format/score_format.h"
#include "reports/format/sortable_table.h"
#include "reports/format/svg_charts.h"
#include "reports/format/svg_world_map.h"
#include "reports/monitoring/diff_report.h"

namespace workrights {
using namespace assessment_parts;
namespace {

std::string GroupGapsHtml(const Assessment& a) {
  std::vector<GroupGap> gaps = GroupGaps(a);
  if (gaps.empty()) return "";
  std::string b = "<h2>Differences between groups</h2>\n<p class=\"legend\">Each group against the country's primary "
                  "group: the scores that differ and the facts that make them differ.</p>\n";
  for (const auto& g : gaps) {
    std::string body = CountryDiffHtml(g.diff, "<h3>" + HtmlEscape(g.diff.name) + " (" + g.diff.iso3 + "): " +
                                                    HtmlEscape(g.diff.group) + " against " + HtmlEscape(g.against) + "</h3>");
    b += g.diff.facts.empty() && g.diff.scores.empty() ? body + "<p>No difference.</p>\n" : body;
  }
  return b;
}

// The overall score of each country's primary group on a world map; countries too small for the outlines are
// named under it with their score, so no assessed country goes unseen.
std::string WorldMapHtml(const Assessment& a) {
  std::vector<MapValue> values;
  std::string undrawn;
  for (const auto& c : a.countries) {
    if (c.view.group != c.profile->primary_group) continue;
    std::string label = c.profile->name + " (" + c.profile->iso3 + "): overall " + ScoreText(c.overall);
    values.push_back({c.profile->iso3, label, c.overall ? std::optional<double>(c.overall->point) : std::nullopt,
                      "#" + c.profile->iso3});
    if (!OnWorldMap(c.profile->iso3)) {
      undrawn += std::string(undrawn.empty() ? "" : "; ") + "<a href=\"#" + HtmlEscape(c.profile->iso3) + "\">" +
                 HtmlEscape(c.profile->name) + "</a> " + HtmlScore(c.overall);
    }
  }
  std::string b = "<h2>Overall score on the map</h2>\n<p class=\"legend\">The colour is the middle of each country's "
                  "overall interval, in fifths of the scale; hover over a country for its score and interval, click "
                  "it for its page. Hatched: in the dataset without an overall score; plain grey: not in the dataset.</p>\n";
  b += SvgWorldMap(values, "World map of the overall score, " + std::to_string(values.size()) + " countries", "world-map") + "\n";
  if (!undrawn.empty()) b += "<p class=\"legend\">Too small for the map's outlines: " + undrawn + ".</p>\n";
  b += "<p class=\"legend\">Outlines: Natural Earth 1:110m (public domain), via world-atlas 2.0.2.</p>\n";
  return b;
}

std::string ScoreCell(const std::optional<Score>& s) {
  return "<td class=\"num\" data-sort=\"" + SortKey(s ? std::optional<double>(s->point) : std::nullopt) + "\">" +
         HtmlScore(s) + "</td>";
}

// The overview table, ordered by the overall point figure; its inline script sorts it by any column.
std::string OverviewTableHtml(const Assessment& a) {
  const PackInfo& pack = *a.pack;
  const FactCatalogue& cat = a.dataset->catalogue;
  std::string b = "<h2 id=\"overview\">Overview</h2>\n<p class=\"legend\">Ordered by the overall score; click a column's "
                  "heading to sort by it (unknown scores stay last).</p>\n<table class=\"sortable\">\n<thead><tr>"
                  "<th>country</th><th>group</th><th class=\"num\" aria-sort=\"descending\">overall</th>"
                  "<th class=\"num\">law (de jure)</th><th class=\"num\">practice (de facto)</th><th class=\"num\">gap</th>"
                  "<th class=\"num\">coverage</th>";
  for (const auto& d : pack.domains) b += "<th class=\"num\">" + HtmlEscape(d.title) + "</th>";
  b += "</tr></thead>\n<tbody>\n";
  for (const CountryAssessment* cp : ByOverall(a)) {
    const CountryAssessment& c = *cp;
    b += "<tr><td data-sort=\"" + HtmlEscape(c.profile->name) + "\"><a href=\"#" + HtmlEscape(Anchor(c, cat)) + "\">" +
         HtmlEscape(c.profile->name) + "</a></td><td data-sort=\"" + HtmlEscape(cat.GroupName(c.view.group)) + "\">" +
         HtmlEscape(cat.GroupName(c.view.group)) + "</td>" + ScoreCell(c.overall) + ScoreCell(c.de_jure) +
         ScoreCell(c.de_facto) + ScoreCell(c.gap) + "<td class=\"num\" data-sort=\"" + SortKey(c.coverage) + "\">" +
         Percent(c.coverage) + "</td>";
    for (const auto& d : c.domains) b += ScoreCell(d.score);
    b += "</tr>\n";
  }
  return b + "</tbody>\n</table>\n";
}

// The law-against-practice chart.
std::string LawPracticeHtml(const Assessment& a) {
  std::vector<ScatterPoint> points;
  for (const CountryAssessment* c : ByOverall(a)) {
    if (c->de_jure && c->de_facto) points.push_back({c->profile->iso3, c->de_jure->point, c->de_facto->point});
  }
  std::string b = "<h2>Law and practice</h2>\n<p class=\"legend\">Each point is a country at the middle of its law and "
                  "practice intervals (the overview gives the intervals); below the dashed line, practice falls short of "
                  "the law. Countries at the same place share a point and a label; hover over a point for all of them. " +
                  std::to_string(a.countries.size() - points.size()) + " of " + std::to_string(a.countries.size()) +
                  " countries lack one of the two and are not drawn.</p>\n";
  return b + SvgScatter(points, "law (de jure)", "practice (de facto)", "Law against practice, " +
                        std::to_string(points.size()) + " countries", "law-practice") + "\n";
}

std::string KeyFindingsHtml(const CountryAssessment& c, const PackInfo& pack, const FactCatalogue& cat) {
  std::string b = "<h3>Key findings</h3>\n<ul class=\"findings\">\n";
  for (const auto& f : KeyFindings(c, pack, cat)) {
    b += "<li><strong>" + HtmlEscape(f.label) + ".</strong> " + HtmlEscape(f.text) + "</li>\n";
  }
  return b + "</ul>\n";
}

// One row of a country's rule table: the result, why, and the sources behind it.
std::string RuleRowHtml(const CountryAssessment& c, const RuleInfo& rule, const RuleResult& res, const FactCatalogue& cat) {
  std::string result, why, sources;
  if (res.status == RuleStatus::kOk && res.lower == res.upper) {
    result = "<span class=\"status-ok\">" + RuleResultText(res) + "</span>";
  } else if (res.status != RuleStatus::kError) {
    result = "<span class=\"status-unknown\">" + HtmlEscape(RuleResultText(res)) + "</span>";
  }
  if (res.status == RuleStatus::kOk) {
    why = HtmlEscape(res.explanation);
    for (const Source* s : SourcesOf(res, *c.profile)) {
      sources += (sources.empty() ? "" : "<br>") + std::string("<a href=\"") + HtmlEscape(s->url) + "\">" +
                 HtmlEscape(s->title) + "</a> (" + HtmlEscape(s->publisher) + ", " + SourceDateText(*s) + ")";
      sources += HtmlSourceCopy(*s);
    }
  } else if (res.status == RuleStatus::kUnknown) {
    why = "<span class=\"unknown\">not stated:";
    for (FactId f : res.missing) why += " <code>" + HtmlEscape(cat.Get(f).path) + "</code>";
    if (!res.bound_note.empty()) why += " (bounds [0, 1]: " + HtmlEscape(res.bound_note) + ")";
    why += "</span>";
  } else {
    result = "<span class=\"status-error\">error</span>";
    why = HtmlEscape(res.error);
  }
  if (res.status != RuleStatus::kError) {
    auto inferred = InferredFacts(res, cat);
    if (!inferred.empty()) {
      why += " <span class=\"inferred\">(inferred, lower confidence:";
      for (const auto& f : inferred) why += " <code>" + HtmlEscape(f) + "</code>";
      why += ")</span>";
    }
  }
  return "<tr><td>" + HtmlEscape(rule.title) + "</td><td>" + std::string(DimensionName(rule.dimension)) +
         "</td><td class=\"num\">" + result + "</td><td>" + why + "</td><td class=\"sources\">" + sources + "</td></tr>\n";
}

// A country's page: printed on pages of its own, key findings first, then the domains and every rule.
std::string CountryPageHtml(const CountryAssessment& c, const PackInfo& pack, const FactCatalogue& cat) {
  const std::string anchor = Anchor(c, cat);
  std::string b = "<section class=\"country\" id=\"" + HtmlEscape(anchor) + "\">\n<h2>" + HtmlEscape(SectionName(c, cat)) +
                  " <a class=\"up\" href=\"#overview\">overview ↑</a></h2>\n";
  b += "<p>Group assessed: " + HtmlEscape(cat.GroupName(c.view.group)) + " · profile as of " +
       c.profile->as_of.ToString() + " · overall " + HtmlScore(c.overall) + " · coverage " + Percent(c.coverage) +
       " · " + std::to_string(c.rules_ok) + " rules known, " + std::to_string(c.rules_unknown) + " unknown</p>\n";
  b += KeyFindingsHtml(c, pack, cat);
  b += "<h3>Domains</h3>\n";
  std::vector<BarItem> bars;
  for (size_t d = 0; d < pack.domains.size(); ++d) {
    auto point = [](const std::optional<Score>& x) { return x ? std::optional<double>(x->point) : std::nullopt; };
    bars.push_back({pack.domains[d].title + " · law", point(c.domains[d].de_jure)});
    bars.push_back({pack.domains[d].title + " · practice", point(c.domains[d].de_facto)});
  }
  b += SvgBars(bars, "Law and practice by domain, " + SectionName(c, cat), "bars-" + anchor) + "\n";
  b += "<h3>Rules</h3>\n<table class=\"rules\">\n<thead><tr><th>rule</th><th>dimension</th><th class=\"num\">result</th>"
       "<th>why</th><th>sources</th></tr></thead>\n<tbody>\n";
  for (size_t r = 0; r < pack.rules.size(); ++r) b += RuleRowHtml(c, pack.rules[r], c.results[r], cat);
  return b + "</tbody>\n</table>\n</section>\n";
}

}  // namespace

std::string AssessmentHtml(const Assessment& a) {
  const PackInfo& pack = *a.pack;
  const FactCatalogue& cat = a.dataset->catalogue;
  std::string b = "<h1>" + HtmlEscape(Title(a)) + "</h1>\n<p class=\"lead\">" + std::to_string(a.countries.size()) +
                  " countries, " + std::to_string(pack.rules.size()) +
                  " rules. Scores run from 0 to 1 (1 = the situation the rules look for fully holds). Where facts are "
                  "<span class=\"unknown\">unknown</span>, a score comes with <span class=\"interval\">[lowest–highest]"
                  "</span>: every value the missing facts allow. The figure shown is the middle of that interval; unknown "
                  "is never counted as zero or as full marks. Each country has a page of its own below (printed on "
                  "pages of its own), opening with its key findings.</p>\n";
  b += ComparisonHtml(a);
  b += WorldMapHtml(a);
  b += OverviewTableHtml(a);
  b += LawPracticeHtml(a);
  b += GroupGapsHtml(a);
  for (const CountryAssessment* c : ByName(a)) b += CountryPageHtml(*c, pack, cat);
  b += SortableTableScript();
  return HtmlPage(Title(a), b, pack, *a.dataset, a.as_of ? "as of " + a.as_of->ToString() : "");
}

}  // namespace workrights
