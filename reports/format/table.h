#pragma once
// A table of typed cells that both the CSV and the workbook writers render: text stays text, numbers stay
// numbers, and each column says how its numbers read (a score with two decimals, a share as a percentage).
#include <string>
#include <variant>
#include <vector>

namespace workrights {

enum class ColumnKind { kText, kScore, kShare, kInteger, kUrl };

struct Column {
  std::string name;
  ColumnKind kind = ColumnKind::kText;
};

/// Empty (unknown: never zero), text, or a number.
using Cell = std::variant<std::monostate, std::string, double>;

struct Table {
  std::string title;  ///< the sheet's name in a workbook (at most 31 characters)
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;

  /// Adds a row; throws std::logic_error when it has the wrong number of cells.
  void Add(std::vector<Cell> row);
};

/// An optional number as a cell: empty when absent.
template <typename T>
Cell OptionalNumber(const T& x) {
  return x ? Cell(static_cast<double>(*x)) : Cell();
}

/// The table as CSV (reports/format/csv.h): numbers as CsvNumber writes them, text neutralised and quoted.
std::string TableCsv(const Table& table);

}  // namespace workrights
