#pragma once
// The assessment's headline table: one row per country (and group) with its overall, law, practice and gap
// scores, their intervals, coverage and rank. Markdown, HTML, CSV (assess --table headline) and the workbook's
// first sheet show it in the same order.
#include <optional>
#include <string>
#include <vector>

#include "core/assess/assessment.h"
#include "reports/format/table.h"

namespace workrights {

struct HeadlineRow {
  const CountryAssessment* country = nullptr;
  /// 1 = the highest overall point figure; equal figures share a rank (1, 2, 2, 4); nullopt when overall is
  /// unknown. With several groups per country, each row is ranked among all rows.
  std::optional<int> rank;
};

/// Rows by overall point figure, highest first; ties by name, then by the order of the assessment.
std::vector<HeadlineRow> HeadlineRows(const Assessment& assessment);

/// The headline table (columns in docs/csv.md), in HeadlineRows' order.
Table HeadlineTable(const Assessment& assessment);

/// The headline table as CSV.
std::string AssessmentHeadlineCsv(const Assessment& assessment);

}  // namespace workrights
