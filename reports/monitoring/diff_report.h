#pragma once
// `workrights diff` in every format: JSON (docs/schema/diff.schema.json), CSV (one row per change), Markdown and
// HTML (per country: the facts that changed with both sources and quotes, then the scores that moved and why).
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/monitor/assessment_diff.h"
#include "reports/format/template_set.h"

namespace workrights {

nlohmann::json DiffToJson(const AssessmentDiff& diff);
std::string DiffCsv(const AssessmentDiff& diff);
/// Markdown laid out by diff.md.mustache of `templates`.
std::string DiffMarkdown(const AssessmentDiff& diff, const TemplateSet& templates = TemplateSet::BuiltIn());
/// HTML laid out by diff.html.mustache and page.html.mustache of `templates`.
std::string DiffHtml(const AssessmentDiff& diff, const TemplateSet& templates = TemplateSet::BuiltIn());

/// One country's (or group's) changes: JSON object; Markdown and HTML under the given heading (already formatted).
nlohmann::json CountryDiffJson(const CountryDiff& country);
std::string CountryDiffMarkdown(const CountryDiff& country, const std::string& heading);
/// The Markdown tables of one country's changes (scores, then facts), each followed by an empty line; "" when
/// nothing changed. Used by the assessment's differences between groups (the diff lays out its own).
std::string CountryChangesMarkdown(const CountryDiff& country);
/// The rows of one country's changes, for the diff's templates: `facts` (path, label, each side's value, source and
/// quote as text and as markup) and `scores` (title, id, before, after, why), each with its has_ flag.
nlohmann::json CountryChangesView(const CountryDiff& country);
/// The HTML tables of one country's changes (facts, then scores); "" when nothing changed. The diff's own tables
/// are its templates'; the assessment's differences between groups use these (templates have no partials).
std::string CountryChangesHtml(const CountryDiff& country);
std::string CountryDiffHtml(const CountryDiff& country, const std::string& heading);

/// "rule", "domain" or "headline": what kind of score moved, as the JSON and CSV say it.
std::string ScoreKindName(ScoreKind kind);
/// The sources of the entry in force on one side (none when unknown), as its profile declares them.
std::vector<const Source*> FactSideSources(const FactSide& side);

/// "facts in force on 2016-01-01" or "data <hash> on 2026-11-30": how one side reads in headings.
std::string DiffSideText(const Assessment& side, const Assessment& other);

}  // namespace workrights
