#pragma once
// The view the diff's templates (diff.md.mustache, diff.html.mustache) are filled from: the two sides compared,
// the countries added and removed, and each changed country's rows, in the shape template_catalog.cpp gives.
// The assessment's differences between groups fill their tables from the same rows (CountryDiffView).
#include <nlohmann/json.hpp>

#include "core/monitor/assessment_diff.h"
#include "reports/format/template_catalog.h"

namespace workrights {

/// One view for both languages, every field plain data: the templates write the markup.
nlohmann::json DiffView(const AssessmentDiff& diff);

/// The rows of one country's (or group's) changes: `differs`, `has_facts` and `facts` (path, label, each side's
/// value and sources as text, and `sides`: the entry in force before and after, as data), `has_scores` and
/// `scores` (title, id, before, after, why).
nlohmann::json CountryDiffView(const CountryDiff& country);

}  // namespace workrights
