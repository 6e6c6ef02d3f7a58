#pragma once
// `workrights diff` in every format: JSON (docs/schema/diff.schema.json), CSV (one row per change), Markdown and
// HTML (per country: the facts that changed with both sources and quotes, then the scores that moved and why).
#include <string>

#include <nlohmann/json.hpp>

#include "core/monitor/assessment_diff.h"

namespace workrights {

nlohmann::json DiffToJson(const AssessmentDiff& diff);
std::string DiffCsv(const AssessmentDiff& diff);
std::string DiffMarkdown(const AssessmentDiff& diff);
std::string DiffHtml(const AssessmentDiff& diff);

/// One country's (or group's) changes: JSON object; Markdown and HTML under the given heading (already formatted).
nlohmann::json CountryDiffJson(const CountryDiff& country);
std::string CountryDiffMarkdown(const CountryDiff& country, const std::string& heading);
std::string CountryDiffHtml(const CountryDiff& country, const std::string& heading);

/// "facts in force on 2016-01-01" or "data <hash> on 2026-11-30": how one side reads in headings.
std::string DiffSideText(const Assessment& side, const Assessment& other);

}  // namespace workrights
