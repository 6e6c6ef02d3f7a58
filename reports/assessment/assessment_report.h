#pragma once
// The assessment for people: Markdown for briefings, CSV (one row per country and rule) for Excel and R,
// and a self-contained HTML report with charts. All read the same Assessment; none recomputes anything.
#include <string>

#include "core/assess/assessment.h"

namespace workrights {

std::string AssessmentMarkdown(const Assessment& assessment);
std::string AssessmentCsv(const Assessment& assessment);
std::string AssessmentHtml(const Assessment& assessment);

}  // namespace workrights
