#include "reports/assessment/assessment_report.h"

#include "core/monitor/group_gaps.h"
#include "reports/assessment/headline_table.h"
#include "reports/assessment/assessment_parts.h"
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
#include "reports/format/words.h"

namespace workrights {
using namespace assessment_parts;
namespace {

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
    out += "| " + MarkdownCell(c.profile->name) + " (" + c.profile->iso3 + ") | " + GroupWords(cat, c.view.group) + " | " +
           ScoreText(c.overall) + " | " + ScoreText(c.de_jure) + " | " + ScoreText(c.de_facto) + " | " +
           ScoreText(c.gap) + " | " + Percent(c.coverage) + " |";
    for (const auto& d : c.domains) out += " " + ScoreText(d.score) + " |";
    out += "\n";
  }
  out += GroupGapsMarkdown(a);
  for (const auto& c : a.countries) {
    const CountryProfile& p = *c.profile;
    out += "\n## " + MarkdownCell(SectionName(c, cat)) + "\n\n";
    out += "Group assessed: " + GroupWords(cat, c.view.group) + "; profile as of " + p.as_of.ToString() + "; " +
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
      out += "| " + MarkdownCell(rule.title) + " | " + std::string(DimensionWords(rule.dimension)) + " | " + result + " | " +
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

}  // namespace workrights
