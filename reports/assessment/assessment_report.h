#pragma once
// The assessment for people: Markdown for briefings, CSV (one row per country and rule) for Excel and R,
// and a self-contained HTML report with charts. All read the same Assessment; none recomputes anything.
#include <string>

#include "core/assess/assessment.h"
#include "reports/format/template_set.h"

namespace workrights {

/// Markdown laid out by assessment.md.mustache of `templates`.
std::string AssessmentMarkdown(const Assessment& assessment, const TemplateSet& templates = TemplateSet::BuiltIn());
std::string AssessmentCsv(const Assessment& assessment);
/// The HTML report, laid out by assessment.html.mustache, assessment-country.html.mustache and page.html.mustache
/// of `templates`.
std::string AssessmentHtml(const Assessment& assessment, const TemplateSet& templates = TemplateSet::BuiltIn());

}  // namespace workrights
