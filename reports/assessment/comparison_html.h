#pragma once
// Side by side: when an assessment holds two to four countries (assess --country A B C), one table puts their
// scores in columns, then their key findings, then the rules whose results differ between them.
#include <string>

#include "core/assess/assessment.h"

namespace workrights {

inline constexpr size_t kMaxCompared = 4;  ///< more columns than this no longer fit a printed page

/// The comparison section, or "" when the assessment holds fewer than two or more than kMaxCompared countries.
std::string ComparisonHtml(const Assessment& assessment);

}  // namespace workrights
