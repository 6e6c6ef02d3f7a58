#pragma once
// The view the assessment's Markdown template (assessment.md.mustache) is filled from: the overview, the
// differences between groups and each country's rules, in the shape template_catalog.cpp gives, every figure
// already written as the report shows it.
#include <nlohmann/json.hpp>

#include "core/assess/assessment.h"

namespace workrights {

nlohmann::json AssessmentMarkdownView(const Assessment& assessment);

}  // namespace workrights
