#pragma once
// The assessment as an Excel workbook (assess --format xlsx): a headline sheet (one row per country: scores
// with their intervals, law, practice, gap, coverage, rank), then every rule result, the facts read with their
// quotes, the sources with links, the data missing, and what the workbook was made from.
#include <string>
#include <vector>

#include "core/assess/assessment.h"
#include "reports/format/table.h"

namespace workrights {

/// The workbook's sheets, in order: Headline, Rules, Facts, Sources, Missing data, About.
std::vector<Table> AssessmentTables(const Assessment& assessment);

/// Writes the workbook to `path` atomically.
void WriteAssessmentWorkbook(const Assessment& assessment, const std::string& path);

}  // namespace workrights
