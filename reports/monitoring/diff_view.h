#pragma once
// The view the diff's templates (diff.md.mustache, diff.html.mustache) are filled from: the two sides compared,
// the countries added and removed, and each changed country's tables, in the shape template_catalog.cpp gives.
#include <nlohmann/json.hpp>

#include "core/monitor/assessment_diff.h"
#include "reports/format/template_catalog.h"

namespace workrights {

/// `language` says which tables each country's `changes` holds: Markdown, or HTML.
nlohmann::json DiffView(const AssessmentDiff& diff, TemplateLanguage language);

}  // namespace workrights
