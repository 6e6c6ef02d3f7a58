#pragma once
// The view the diff's Markdown template (diff.md.mustache) is filled from: the two sides compared, the countries
// added and removed, and each changed country's tables, in the shape template_catalog.cpp gives.
#include <nlohmann/json.hpp>

#include "core/monitor/assessment_diff.h"

namespace workrights {

nlohmann::json DiffView(const AssessmentDiff& diff);

}  // namespace workrights
