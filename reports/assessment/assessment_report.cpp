#include "reports/assessment/assessment_report.h"

#include <cmath>
#include <cstdio>
#include <set>

#include "reports/format/csv.h"
#include "reports/format/html.h"
#include "reports/format/markdown_text.h"
#include "reports/format/svg_charts.h"

namespace workrights {
namespace {

std::string Fixed(double x, int d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", d, x);
  return buf;
}
std::string Score(const std::optional<double>& x) { return x ? Fixed(*x, 2) : "unknown"; }
std::string Percent(double x) { return Fixed(x * 100, 0) + "%"; }

std::vector<const Source*> SourcesOf(const RuleResult& res, const CountryProfile& p) {
  std::vector<const Source*> out;
  std::set<std::string> seen;
  for (const auto& read : res.reads) {
    if (!read.entry) continue;
    for (const auto& id : read.entry->sources) {
      if (!seen.insert(id).second) continue;
      if (const Source* s = p.FindSource(id)) out.push_back(s);
    }
  }
  return out;
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
  out += "Scores from 0 to 1 (1 = the situation the rules look for fully holds); *unknown* where the data do not say. "
         "Pack `" + pack.name + "` " + pack.version + ".\n\n";
  out += "| country | group | overall | law (de jure) | practice (de facto) | gap | coverage |";
  for (const auto& d : pack.domains) out += " " + MarkdownCell(d.title) + " |";
  out += "\n|---|---|---|---|---|---|---|";
  for (size_t i = 0; i < pack.domains.size(); ++i) out += "---|";
  out += "\n";
  for (const auto& c : a.countries) {
    out += "| " + MarkdownCell(c.profile->name) + " (" + c.profile->iso3 + ") | " + cat.GroupName(c.view.group) + " | " +
           Score(c.overall) + " | " + Score(c.de_jure) + " | " + Score(c.de_facto) + " | " + Score(c.gap) + " | " +
           Percent(c.coverage) + " |";
    for (const auto& d : c.domains) out += " " + Score(d.score) + " |";
    out += "\n";
  }
  for (const auto& c : a.countries) {
    const CountryProfile& p = *c.profile;
    out += "\n## " + MarkdownCell(p.name) + " (" + p.iso3 + ")\n\n";
    out += "Group assessed: " + cat.GroupName(c.view.group) + "; profile as of " + p.as_of.ToString() + "; " +
           std::to_string(c.rules_ok) + " rules known, " + std::to_string(c.rules_unknown) + " unknown" +
           (c.rules_error ? ", " + std::to_string(c.rules_error) + " failed" : std::string()) + ".\n\n";
    out += "| rule | dimension | result | why |\n|---|---|---|---|\n";
    std::set<std::string> cited;
    for (size_t r = 0; r < pack.rules.size(); ++r) {
      const RuleInfo& rule = pack.rules[r];
      const RuleResult& res = c.results[r];
      std::string result, why;
      if (res.status == RuleStatus::kOk) {
        result = Fixed(res.score, 2);
        why = res.explanation;
        for (const Source* s : SourcesOf(res, p)) {
          why += " [" + s->id + "]";
          cited.insert(s->id);
        }
      } else if (res.status == RuleStatus::kUnknown) {
        result = "unknown";
        why = "not stated:";
        for (FactId f : res.missing) why += " " + cat.Get(f).path;
      } else {
        result = "error";
        why = res.error;
      }
      out += "| " + MarkdownCell(rule.title) + " | " + std::string(DimensionName(rule.dimension)) + " | " + result + " | " +
             MarkdownCell(why) + " |\n";
    }
    if (!cited.empty()) {
      out += "\nSources:\n\n";
      for (const auto& s : p.sources) {
        if (cited.count(s.id)) {
          out += "- [" + MarkdownCell(s.id) + "] " + MarkdownCell(s.title) + " — " + MarkdownCell(s.publisher) + ", " +
                 SourceDateText(s) + ". <" + s.url + ">\n";
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
              "explanation", "error", "facts_read", "sources", "missing"});
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
             res.status == RuleStatus::kOk ? CsvNumber(res.score) : "", res.status == RuleStatus::kOk ? res.explanation : "",
             res.status == RuleStatus::kError ? res.error : "", facts, sources, missing});
    }
  }
  return t.text();
}

std::string AssessmentHtml(const Assessment& a) {
  const PackInfo& pack = *a.pack;
  const FactCatalogue& cat = a.dataset->catalogue;
  std::string b = "<h1>" + HtmlEscape(Title(a)) + "</h1>\n<p class=\"lead\">" + std::to_string(a.countries.size()) +
                  " countries, " + std::to_string(pack.rules.size()) +
                  " rules. Scores run from 0 to 1 (1 = the situation the rules look for fully holds). <span class=\"unknown\">"
                  "Unknown</span> means the data do not say: it is never counted as zero.</p>\n";
  b += "<h2>Overview</h2>\n<table>\n<tr><th>country</th><th>group</th><th class=\"num\">overall</th>"
       "<th class=\"num\">law (de jure)</th><th class=\"num\">practice (de facto)</th><th class=\"num\">gap</th>"
       "<th class=\"num\">coverage</th>";
  for (const auto& d : pack.domains) b += "<th class=\"num\">" + HtmlEscape(d.title) + "</th>";
  b += "</tr>\n";
  std::vector<ScatterPoint> points;
  for (const auto& c : a.countries) {
    b += "<tr><td><a href=\"#" + c.profile->iso3 + "\">" + HtmlEscape(c.profile->name) + "</a></td><td>" +
         HtmlEscape(cat.GroupName(c.view.group)) + "</td><td class=\"num\">" + HtmlScore(c.overall) +
         "</td><td class=\"num\">" + HtmlScore(c.de_jure) + "</td><td class=\"num\">" + HtmlScore(c.de_facto) +
         "</td><td class=\"num\">" + HtmlScore(c.gap) + "</td><td class=\"num\">" + Percent(c.coverage) + "</td>";
    for (const auto& d : c.domains) b += "<td class=\"num\">" + HtmlScore(d.score) + "</td>";
    b += "</tr>\n";
    if (c.de_jure && c.de_facto) points.push_back({c.profile->iso3, *c.de_jure, *c.de_facto});
  }
  b += "</table>\n";
  b += "<h2>Law and practice</h2>\n<p class=\"legend\">Each point is a country whose law and practice scores are both "
       "known; below the dashed line, practice falls short of the law. " +
       std::to_string(a.countries.size() - points.size()) + " of " + std::to_string(a.countries.size()) +
       " countries lack one of the two and are not drawn.</p>\n";
  b += SvgScatter(points, "law (de jure)", "practice (de facto)") + "\n";

  for (const auto& c : a.countries) {
    const CountryProfile& p = *c.profile;
    b += "<h2 id=\"" + p.iso3 + "\">" + HtmlEscape(p.name) + " (" + p.iso3 + ")</h2>\n";
    b += "<p>Group assessed: " + HtmlEscape(cat.GroupName(c.view.group)) + " · profile as of " + p.as_of.ToString() +
         " · overall " + HtmlScore(c.overall) + " · coverage " + Percent(c.coverage) + "</p>\n";
    std::vector<BarItem> bars;
    for (size_t d = 0; d < pack.domains.size(); ++d) {
      bars.push_back({pack.domains[d].title + " · law", c.domains[d].de_jure});
      bars.push_back({pack.domains[d].title + " · practice", c.domains[d].de_facto});
    }
    b += SvgBars(bars) + "\n";
    b += "<table>\n<tr><th>rule</th><th>dimension</th><th class=\"num\">result</th><th>why</th><th>sources</th></tr>\n";
    for (size_t r = 0; r < pack.rules.size(); ++r) {
      const RuleInfo& rule = pack.rules[r];
      const RuleResult& res = c.results[r];
      std::string result, why, sources;
      if (res.status == RuleStatus::kOk) {
        result = "<span class=\"status-ok\">" + Fixed(res.score, 2) + "</span>";
        why = HtmlEscape(res.explanation);
        for (const Source* s : SourcesOf(res, p)) {
          sources += (sources.empty() ? "" : "<br>") + std::string("<a href=\"") + HtmlEscape(s->url) + "\">" +
                     HtmlEscape(s->title) + "</a> (" + HtmlEscape(s->publisher) + ", " + SourceDateText(*s) + ")";
        }
      } else if (res.status == RuleStatus::kUnknown) {
        result = "<span class=\"status-unknown\">unknown</span>";
        why = "<span class=\"unknown\">not stated:";
        for (FactId f : res.missing) why += " <code>" + HtmlEscape(cat.Get(f).path) + "</code>";
        why += "</span>";
      } else {
        result = "<span class=\"status-error\">error</span>";
        why = HtmlEscape(res.error);
      }
      b += "<tr><td>" + HtmlEscape(rule.title) + "</td><td>" + std::string(DimensionName(rule.dimension)) +
           "</td><td class=\"num\">" + result + "</td><td>" + why + "</td><td class=\"sources\">" + sources + "</td></tr>\n";
    }
    b += "</table>\n";
  }
  return HtmlPage(Title(a), b, pack, *a.dataset, a.as_of ? "as of " + a.as_of->ToString() : "");
}

}  // namespace workrights
