#include "reports/format/table.h"

#include <stdexcept>

#include "reports/format/csv.h"

namespace workrights {

void Table::Add(std::vector<Cell> row) {
  if (row.size() != columns.size()) throw std::logic_error("table '" + title + "': a row with the wrong number of cells");
  rows.push_back(std::move(row));
}

std::string TableCsv(const Table& table) {
  std::vector<std::string> header;
  for (const auto& c : table.columns) header.push_back(c.name);
  CsvTable csv(header);
  for (const auto& row : table.rows) {
    std::vector<std::string> fields;
    for (const Cell& cell : row) {
      if (const auto* text = std::get_if<std::string>(&cell)) {
        fields.push_back(*text);
      } else if (const auto* number = std::get_if<double>(&cell)) {
        fields.push_back(CsvNumber(*number));
      } else {
        fields.emplace_back();
      }
    }
    csv.Row(fields);
  }
  return csv.text();
}

}  // namespace workrights
