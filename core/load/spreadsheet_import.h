#pragma once
// Profile entries from a filled spreadsheet (a template written by `workrights template`, saved as CSV). Each row
// with a value becomes one fact entry and its source; the entries are added to the country's profile and the
// result goes through the profile loader itself (ParseProfile), so a spreadsheet is held to exactly the checks of
// a hand-written profile. Every problem is reported at its cell, FILE:ROW:COLUMN (column name), in one pass.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/date.h"
#include "core/load/csv_reader.h"
#include "core/model/dataset.h"

namespace workrights {

/// The first column: the fact's catalogue path.
inline constexpr std::string_view kFactColumn = "fact";
/// Columns a template fills in for orientation; import reads none of them.
inline constexpr std::string_view kGuideColumns[] = {"topic", "meaning", "type", "allowed_values",
                                                     "differs_by_group", "from_table", "current_value"};
/// Columns an adviser fills; a row whose "value" is empty is skipped.
inline constexpr std::string_view kFillColumns[] = {
    "value", "group", "valid_from", "year", "sex", "age", "inferred",
    "source_title", "source_publisher", "source_url", "source_date", "source_accessed", "source_copy_url",
    "source_copy_note", "quote", "locator", "note"};
/// The items of a list fact are separated by this in one cell: "C087; C098".
inline constexpr std::string_view kListSeparator = ";";
/// A list known to be empty ("none of them"), as a cell holds it: an empty cell is a row without a value.
inline constexpr std::string_view kEmptyList = "(none)";

/// A value as a cell holds it: true/false, a plain number, a string, list items joined by "; ".
std::string SpreadsheetValueText(const FactValue& value);

/// What the import adds to and where.
struct ImportTarget {
  const Dataset* dataset = nullptr;  ///< the loaded data (tables merged), for the catalogue and the profile
  std::string iso3;
  std::string profile_file;  ///< data/profiles/ISO3.json: named in messages, and the file checked by name
  std::optional<std::string> profile_text;  ///< the profile as it is on disk; nullopt for a new country
  Date today;  ///< a new profile's as_of
};

struct SpreadsheetImport {
  std::string profile_text;  ///< the whole profile with the new entries, 2-space JSON in the file's key order
  std::vector<std::string> added;  ///< one line per entry: "rtw.wage_employment = full (refugees; row 5)"
  std::vector<std::string> new_sources;   ///< ids of the sources added to the profile
  std::vector<std::string> cited_sources;  ///< ids of the profile's own sources that rows cite again
  int rows_skipped = 0;  ///< rows without a value
  Diagnostics warnings;  ///< doubts about the new sources (source_lint.h), at their cells
};

/// Adds the rows of `csv` to the profile. Throws InputError listing every problem; nothing is half done.
SpreadsheetImport ImportSpreadsheet(const CsvDocument& csv, const ImportTarget& target);

}  // namespace workrights
