#pragma once
// The spreadsheet an adviser fills instead of editing JSON: one row per fact of the catalogue, with what the fact
// means, the values it takes, whether it differs by group and the profile's value today, then empty columns for
// the value and its source (core/load/spreadsheet_import.h reads it back). Facts that a cross-country table
// answers (data/tables) are listed for orientation and marked: they are corrected in the table, not per country.
#include <optional>
#include <string>

#include "core/base/date.h"
#include "core/model/dataset.h"

namespace workrights {

struct TemplateCounts {
  int facts = 0;        ///< rows
  int known = 0;        ///< with a value in force today
  int from_tables = 0;  ///< marked as answered by a table
};

/// The template as CSV (reports/format/csv.h: quoting, formulas neutralised). `profile` may be null (a new
/// country); `group` fills the group column of facts that differ by group and picks the current values (the
/// profile's primary group when absent).
std::string SpreadsheetTemplateCsv(const Dataset& dataset, const CountryProfile* profile, std::optional<GroupId> group,
                                   const Date& today, TemplateCounts* counts = nullptr);

/// What the allowed_values column says of `f`: "true or false", "full = ... | none = ...", "people, 0 to 1e+09".
std::string AllowedValuesText(const FactSpec& f);

}  // namespace workrights
