#pragma once
// One row of a filled spreadsheet as the JSON a profile would hold: the cells read by column name, the value in
// the fact's type, the entry's other cells, and the row's source. The catalogue's and loader's checks come after
// (spreadsheet_import.cpp runs the profile loader on the result); here only what a cell's text cannot even say.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/base/diagnostics.h"
#include "core/load/csv_reader.h"
#include "core/model/fact_catalogue.h"

namespace workrights {

/// Keeps a profile's key order (nlohmann::json sorts keys), so a profile written back differs only where it grew.
using OrderedJson = nlohmann::ordered_json;

/// The cells of one row by column name (trimmed, a template's formula guard "'" removed), and their places.
class RowCells {
 public:
  RowCells(const CsvDocument& doc, const CsvRecord& row, const std::map<std::string, size_t>& index)
      : doc_(doc), row_(row), index_(index) {}
  /// The cell's text; "" when the column is absent.
  std::string Get(std::string_view column) const;
  /// FILE:ROW:COLUMN (column name) of the cell.
  SourceLocation At(std::string_view column) const;
  const CsvRecord& record() const { return row_; }

 private:
  const CsvDocument& doc_;
  const CsvRecord& row_;
  const std::map<std::string, size_t>& index_;
};

/// The row's fact entry, its "sources" left empty; nullopt after reporting a cell that is not of its type (a
/// number that is not a number, inferred that is not true or false, a year that is not a whole year).
std::optional<OrderedJson> EntryFromRow(const FactSpec& spec, const RowCells& c, Diagnostics& diags);

/// The row's source without its id; nullopt after reporting it missing, or missing its title, publisher or url.
std::optional<OrderedJson> SourceFromRow(const RowCells& c, Diagnostics& diags);

/// The column holding a source's key ("url" -> "source_url"); "source_date" for the source as a whole.
std::string_view SourceColumn(std::string_view key);

/// "unhcr-jordan-2024": the publisher's first words and the source's year, unique among `taken`.
std::string NewSourceId(const OrderedJson& source, const std::set<std::string>& taken);

}  // namespace workrights
