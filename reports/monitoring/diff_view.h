#pragma once
// The view the diff's templates (diff.md.mustache, diff.html.mustache) are filled from: the two sides compared,
// the countries added and removed, and each changed country's rows, in the shape template_catalog.cpp gives.
#include <nlohmann/json.hpp>

#include "core/monitor/assessment_diff.h"
#include "reports/format/template_catalog.h"

namespace workrights {

/// One view for both languages: each country's rows carry their cells as text and, where HTML needs them, as markup.
nlohmann::json DiffView(const AssessmentDiff& diff);

}  // namespace workrights
