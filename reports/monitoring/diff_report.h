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

/// One country's (or group's) changes as a JSON object. Markdown and HTML lay them out from CountryDiffView
/// (diff_view.h), in the diff's templates and in the assessment's (differences between groups).
nlohmann::json CountryDiffJson(const CountryDiff& country);

/// "rule", "domain" or "headline": what kind of score moved, as the JSON and CSV say it.
std::string ScoreKindName(ScoreKind kind);
/// The sources of the entry in force on one side (none when unknown), as its profile declares them.
std::vector<const Source*> FactSideSources(const FactSide& side);

/// "facts in force on 2016-01-01" or "data <hash> on 2026-11-30": how one side reads in headings.
std::string DiffSideText(const Assessment& side, const Assessment& other);

}  // namespace workrights
