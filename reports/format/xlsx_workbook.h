#pragma once
// Excel workbooks (.xlsx) through libxlsxwriter: one sheet per Table, its header row in bold, frozen and with
// an autofilter, numbers kept as numbers with the column's format (scores 0.00, shares 0%), addresses as links.
// Text is always written as text, so a cell can never become a formula.
#include <optional>
#include <string>
#include <vector>

#include "core/base/date.h"
#include "reports/format/table.h"

namespace workrights {

struct WorkbookInfo {
  std::string title;            ///< the document's title property
  std::optional<Date> created;  ///< its creation date property; fixed, so the same inputs give the same bytes
};

/// Writes `tables` as the sheets of a workbook at `path`, atomically (core/base/atomic_file.h). Throws
/// OutputError when the file cannot be written or a table does not fit a sheet.
void WriteWorkbook(const std::string& path, const std::vector<Table>& tables, const WorkbookInfo& info);

/// Text as a cell can hold it: valid UTF-8 (bad bytes and control characters become U+FFFD) and at most
/// 32,767 bytes, Excel's limit, cut on a character boundary with "…" at the end.
std::string WorkbookText(const std::string& text);

}  // namespace workrights
