#pragma once
// `workrights diff` as an Excel workbook: a summary sheet (one row per country that changed, was added or was
// removed: how many facts and scores moved, the overall score on both sides), then the JSON's facts, scores
// and sources as sheets of their own, and what was compared.
#include <string>
#include <vector>

#include "core/monitor/assessment_diff.h"
#include "reports/format/table.h"

namespace workrights {

/// The workbook's sheets, in order: Summary, Facts, Scores, Sources, About.
std::vector<Table> DiffTables(const AssessmentDiff& diff);

/// Writes the workbook to `path` atomically.
void WriteDiffWorkbook(const AssessmentDiff& diff, const std::string& path);

}  // namespace workrights
