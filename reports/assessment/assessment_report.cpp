#include "reports/assessment/assessment_report.h"

#include <set>

#include "reports/assessment/assessment_md_view.h"
#include "reports/format/csv.h"
#include "reports/format/template_render.h"
#include "reports/format/words.h"

namespace workrights {

std::string AssessmentMarkdown(const Assessment& a, const TemplateSet& templates) {
  return RenderTemplate(templates, "assessment.md.mustache", AssessmentMarkdownView(a));
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
