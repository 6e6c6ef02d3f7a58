#include "reports/assessment/assessment_report.h"

#include "core/monitor/group_gaps.h"
#include "reports/assessment/headline_table.h"
#include "reports/monitoring/diff_report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "reports/format/csv.h"
#include "reports/format/evidence_sources.h"
#include "reports/format/html.h"
#include "reports/format/markdown_text.h"
#include "reports/format/score_format.h"
#include "reports/format/svg_charts.h"

namespace workrights {
namespace {

// Countries in the order tables show them: the headline table's (overall point figure, highest first).
std::vector<const CountryAssessment*> ByOverall(const Assessment& a) {
  std::vector<const CountryAssessment*> out;
  for (const HeadlineRow& r : HeadlineRows(a)) out.push_back(r.country);
  return out;
}

// Why an unknown rule is unknown, and what it could be.
std::string UnknownWhy(const RuleResult& res, const FactCatalogue& cat) {
  std::string why = "not stated:";
  for (FactId f : res.missing) why += " " + cat.Get(f).path;
  if (!res.bound_note.empty()) why += " (bounds [0, 1]: " + res.bound_note + ")";
  return why;
}

// Facts the rule read whose value is inferred (from a source's silence or a general statement), in read order.
std::vector<std::string> InferredFacts(const RuleResult& res, const FactCatalogue& cat) {
  std::vector<std::string> out;
  for (const auto& read : res.reads) {
    if (!read.entry || !read.entry->inferred) continue;
    const std::string& path = cat.Get(read.fact).path;
    if (std::find(out.begin(), out.end(), path) == out.end()) out.push_back(path);
  }
  return out;
}

/// The heading and HTML anchor of one assessment: the country, and the group when it is not the primary one
/// (assess --group all gives a section per group).
std::string SectionName(const CountryAssessment& c, const FactCatalogue& cat) {
  std::string name = c.profile->name + " (" + c.profile->iso3 + ")";
  if (c.view.group != c.profile->primary_group) name += " — " + cat.GroupName(c.view.group);
  return name;
}

std::string Anchor(const CountryAssessment& c, const FactCatalogue& cat) {
  return c.view.group == c.profile->primary_group ? c.profile->iso3 : c.profile->iso3 + "-" + cat.GroupName(c.view.group);
}

std::string GroupGapsMarkdown(const Assessment& a) {
  std::vector<GroupGap> gaps = GroupGaps(a);
  if (gaps.empty()) return "";
  std::string out = "\n## Differences between groups\n\nEach group against the country's primary group: the scores "
                    "that differ and the facts that make them differ.\n\n";
  for (const auto& g : gaps) {
    out += CountryDiffMarkdown(g.diff, "### " + MarkdownCell(g.diff.name) + " (" + g.diff.iso3 + "): " + g.diff.group +
                                           " against " + g.against);
    if (g.diff.facts.empty() && g.diff.scores.empty()) out += "No difference.\n\n";
  }
  return out;
}

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

std::string Title(const Assessment& a) {
  return "Refugees' right to work, labour rights and social protection" +
         std::string(a.as_of ? " on " + a.as_of->ToString() : "");
}

}  // namespace

std::string AssessmentMarkdown(const Assessment& a) {
  const PackInfo& pack = *a.pack;
  const FactCatalogue& cat = a.dataset->catalogue;
  std::string out = "# " + Title(a) + "\n\n";
  out += "Scores from 0 to 1 (1 = the situation the rules look for fully holds). Where facts are unknown, the score "
         "is given with the interval of every value the missing facts allow, [lowest–highest], and the figure shown is "
         "its middle; countries are ordered by it. Pack `" + pack.name + "` " + pack.version + ".\n\n";
  out += "| country | group | overall | law (de jure) | practice (de facto) | gap | coverage |";
  for (const auto& d : pack.domains) out += " " + MarkdownCell(d.title) + " |";
  out += "\n|---|---|---|---|---|---|---|";
  for (size_t i = 0; i < pack.domains.size(); ++i) out += "---|";
  out += "\n";
  for (const CountryAssessment* cp : ByOverall(a)) {
    const CountryAssessment& c = *cp;
    out += "| " + MarkdownCell(c.profile->name) + " (" + c.profile->iso3 + ") | " + cat.GroupName(c.view.group) + " | " +
           ScoreText(c.overall) + " | " + ScoreText(c.de_jure) + " | " + ScoreText(c.de_facto) + " | " +
           ScoreText(c.gap) + " | " + Percent(c.coverage) + " |";
    for (const auto& d : c.domains) out += " " + ScoreText(d.score) + " |";
    out += "\n";
  }
  out += GroupGapsMarkdown(a);
  for (const auto& c : a.countries) {
    const CountryProfile& p = *c.profile;
    out += "\n## " + MarkdownCell(SectionName(c, cat)) + "\n\n";
    out += "Group assessed: " + cat.GroupName(c.view.group) + "; profile as of " + p.as_of.ToString() + "; " +
           std::to_string(c.rules_ok) + " rules known, " + std::to_string(c.rules_unknown) + " unknown" +
           (c.rules_error ? ", " + std::to_string(c.rules_error) + " failed" : std::string()) + "; overall " +
           ScoreText(c.overall) + ".\n\n";
    out += "| rule | dimension | result | why |\n|---|---|---|---|\n";
    std::set<std::string> cited;
    for (size_t r = 0; r < pack.rules.size(); ++r) {
      const RuleInfo& rule = pack.rules[r];
      const RuleResult& res = c.results[r];
      std::string result, why;
      result = RuleResultText(res);
      if (res.status == RuleStatus::kOk) {
        why = res.explanation;
        for (const Source* s : SourcesOf(res, p)) {
          why += " [" + s->id + "]";
          cited.insert(s->id);
        }
      } else if (res.status == RuleStatus::kUnknown) {
        why = UnknownWhy(res, cat);
      } else {
        why = res.error;
      }
      if (res.status != RuleStatus::kError) {
        auto inferred = InferredFacts(res, cat);
        for (size_t i = 0; i < inferred.size(); ++i) why += (i ? ", " : " (inferred, lower confidence: ") + inferred[i];
        if (!inferred.empty()) why += ")";
      }
      out += "| " + MarkdownCell(rule.title) + " | " + std::string(DimensionName(rule.dimension)) + " | " + result + " | " +
             MarkdownCell(why) + " |\n";
    }
    if (!cited.empty()) {
      out += "\nSources:\n\n";
      for (const auto& s : p.sources) {
        if (cited.count(s.id)) {
          out += "- [" + MarkdownCell(s.id) + "] " + MarkdownCell(s.title) + " — " + MarkdownCell(s.publisher) + ", " +
                 SourceDateText(s) + ". <" + s.url + ">";
          if (!s.copy_url.empty()) {
            out += "; read in a copy at <" + s.copy_url + ">" +
                   (s.copy_note.empty() ? std::string() : " (" + MarkdownCell(s.copy_note) + ")");
          }
          out += "\n";
        }
      }
    }
  }
  return out;
}

std::string AssessmentCsv(const Assessment& a) {
  const PackInfo& pack = *a.pack;
  const FactCatalogue& cat = a.dataset->catalogue;
  CsvTable t({"country", "name", "group", "rule", "title", "domain", "dimension", "weight", "status", "score",
              "lower", "upper", "explanation", "error", "facts_read", "sources", "missing"});
  for (const auto& c : a.countries) {
    for (size_t r = 0; r < pack.rules.size(); ++r) {
      const RuleInfo& rule = pack.rules[r];
      const RuleResult& res = c.results[r];
      std::string facts, sources, missing;
      std::set<std::string> seen;
      for (const auto& read : res.reads) {
        facts += (facts.empty() ? "" : ";") + cat.Get(read.fact).path + "=" +
                 (read.entry ? FactValueToText(read.entry->value) : std::string("unknown"));
        if (read.entry) {
          for (const auto& id : read.entry->sources) {
            if (seen.insert(id).second) sources += (sources.empty() ? "" : ";") + id;
          }
        }
      }
      for (FactId f : res.missing) missing += (missing.empty() ? "" : ";") + cat.Get(f).path;
      t.Row({c.profile->iso3, c.profile->name, cat.GroupName(c.view.group), rule.id, rule.title,
             pack.domains[static_cast<size_t>(rule.domain)].id, std::string(DimensionName(rule.dimension)),
             CsvNumber(rule.weight), std::string(RuleStatusName(res.status)),
             res.status == RuleStatus::kOk ? CsvNumber(res.score) : "", CsvNumber(res.lower), CsvNumber(res.upper),
             res.status == RuleStatus::kOk ? res.explanation : "",
             res.status == RuleStatus::kError ? res.error : "", facts, sources, missing});
    }
  }
  return t.text();
}

// The overview table, ordered by the overall point figure, and the law-against-practice chart.
static std::string OverviewHtml(const Assessment& a) {
  const PackInfo& pack = *a.pack;
  const FactCatalogue& cat = a.dataset->catalogue;
  std::string b;
  b += "<h2>Overview</h2>\n<table>\n<tr><th>country</th><th>group</th><th class=\"num\">overall</th>"
       "<th class=\"num\">law (de jure)</th><th class=\"num\">practice (de facto)</th><th class=\"num\">gap</th>"
       "<th class=\"num\">coverage</th>";
  for (const auto& d : pack.domains) b += "<th class=\"num\">" + HtmlEscape(d.title) + "</th>";
  b += "</tr>\n";
  std::vector<ScatterPoint> points;
  for (const CountryAssessment* cp : ByOverall(a)) {
    const CountryAssessment& c = *cp;
    b += "<tr><td><a href=\"#" + HtmlEscape(Anchor(c, cat)) + "\">" + HtmlEscape(c.profile->name) + "</a></td><td>" +
         HtmlEscape(cat.GroupName(c.view.group)) + "</td><td class=\"num\">" + HtmlScore(c.overall) +
         "</td><td class=\"num\">" + HtmlScore(c.de_jure) + "</td><td class=\"num\">" + HtmlScore(c.de_facto) +
         "</td><td class=\"num\">" + HtmlScore(c.gap) + "</td><td class=\"num\">" + Percent(c.coverage) + "</td>";
    for (const auto& d : c.domains) b += "<td class=\"num\">" + HtmlScore(d.score) + "</td>";
    b += "</tr>\n";
    if (c.de_jure && c.de_facto) points.push_back({c.profile->iso3, c.de_jure->point, c.de_facto->point});
  }
  b += "</table>\n";
  b += "<h2>Law and practice</h2>\n<p class=\"legend\">Each point is a country at the middle of its law and practice "
       "intervals (the table above gives the intervals); below the dashed line, practice falls short of the law. " +
       std::to_string(a.countries.size() - points.size()) + " of " + std::to_string(a.countries.size()) +
       " countries lack one of the two and are not drawn.</p>\n";
  b += SvgScatter(points, "law (de jure)", "practice (de facto)") + "\n";

  return b;
}

std::string AssessmentHtml(const Assessment& a) {
  const PackInfo& pack = *a.pack;
  const FactCatalogue& cat = a.dataset->catalogue;
  std::string b = "<h1>" + HtmlEscape(Title(a)) + "</h1>\n<p class=\"lead\">" + std::to_string(a.countries.size()) +
                  " countries, " + std::to_string(pack.rules.size()) +
                  " rules. Scores run from 0 to 1 (1 = the situation the rules look for fully holds). Where facts are "
                  "<span class=\"unknown\">unknown</span>, a score comes with <span class=\"interval\">[lowest–highest]"
                  "</span>: every value the missing facts allow. The figure shown is the middle of that interval; unknown "
                  "is never counted as zero or as full marks.</p>\n";
  b += OverviewHtml(a);
  b += GroupGapsHtml(a);
  for (const auto& c : a.countries) {
    const CountryProfile& p = *c.profile;
    b += "<h2 id=\"" + HtmlEscape(Anchor(c, cat)) + "\">" + HtmlEscape(SectionName(c, cat)) + "</h2>\n";
    b += "<p>Group assessed: " + HtmlEscape(cat.GroupName(c.view.group)) + " · profile as of " + p.as_of.ToString() +
         " · overall " + HtmlScore(c.overall) + " · coverage " + Percent(c.coverage) + "</p>\n";
    std::vector<BarItem> bars;
    for (size_t d = 0; d < pack.domains.size(); ++d) {
      auto point = [](const std::optional<Score>& x) { return x ? std::optional<double>(x->point) : std::nullopt; };
      bars.push_back({pack.domains[d].title + " · law", point(c.domains[d].de_jure)});
      bars.push_back({pack.domains[d].title + " · practice", point(c.domains[d].de_facto)});
    }
    b += SvgBars(bars) + "\n";
    b += "<table>\n<tr><th>rule</th><th>dimension</th><th class=\"num\">result</th><th>why</th><th>sources</th></tr>\n";
    for (size_t r = 0; r < pack.rules.size(); ++r) {
      const RuleInfo& rule = pack.rules[r];
      const RuleResult& res = c.results[r];
      std::string result, why, sources;
      if (res.status == RuleStatus::kOk && res.lower == res.upper) {
        result = "<span class=\"status-ok\">" + RuleResultText(res) + "</span>";
      } else if (res.status != RuleStatus::kError) {
        result = "<span class=\"status-unknown\">" + HtmlEscape(RuleResultText(res)) + "</span>";
      }
      if (res.status == RuleStatus::kOk) {
        why = HtmlEscape(res.explanation);
        for (const Source* s : SourcesOf(res, p)) {
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
      b += "<tr><td>" + HtmlEscape(rule.title) + "</td><td>" + std::string(DimensionName(rule.dimension)) +
           "</td><td class=\"num\">" + result + "</td><td>" + why + "</td><td class=\"sources\">" + sources + "</td></tr>\n";
    }
    b += "</table>\n";
  }
  return HtmlPage(Title(a), b, pack, *a.dataset, a.as_of ? "as of " + a.as_of->ToString() : "");
}

}  // namespace workrights
