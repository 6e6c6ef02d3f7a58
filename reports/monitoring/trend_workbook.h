#pragma once
// `workrights trend` as an Excel workbook: a headline sheet (one row per country and date: overall, law and
// practice with their intervals, coverage), the dated events with their quotes, their sources with links, and
// what the series was made from.
#include <string>
#include <vector>

#include "core/monitor/trend.h"
#include "reports/format/table.h"

namespace workrights {

/// The workbook's sheets, in order: Trend, Events, Sources, About.
std::vector<Table> TrendTables(const Trend& trend);

/// Writes the workbook to `path` atomically.
void WriteTrendWorkbook(const Trend& trend, const std::string& path);

}  // namespace workrights
