#pragma once
// Side by side: when an assessment holds two to four countries (assess --country A B C), one table puts their
// scores in columns, then their key findings, then the rules whose results differ between them. The layout is
// assessment-comparison.html.mustache's; this builds its view.
#include <string>

#include <nlohmann/json.hpp>

#include "core/assess/assessment.h"
#include "reports/format/template_set.h"

namespace workrights {

inline constexpr size_t kMaxCompared = 4;  ///< more columns than this no longer fit a printed page

/// The view assessment-comparison.html.mustache is filled from (template_catalog.cpp gives its schema).
nlohmann::json ComparisonView(const Assessment& assessment);

/// The comparison section, or "" when the assessment holds fewer than two or more than kMaxCompared countries.
std::string ComparisonHtml(const Assessment& assessment, const TemplateSet& templates);

}  // namespace workrights
