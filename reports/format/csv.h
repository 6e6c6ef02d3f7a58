#pragma once
// CSV as RFC 4180 says: fields with a comma, quote or line break are quoted, quotes doubled, CRLF line ends.
// UTF-8 throughout; the first row names the columns (documented in docs/csv.md).
#include <string>
#include <string_view>
#include <vector>

namespace workrights {

std::string CsvField(std::string_view text);

class CsvTable {
 public:
  explicit CsvTable(std::vector<std::string> header);
  void Row(const std::vector<std::string>& fields);
  const std::string& text() const { return text_; }

 private:
  size_t columns_;
  std::string text_;
};

/// A number as text for CSV: up to 6 decimals, no trailing zeros; "" for unknown (NaN).
std::string CsvNumber(double x);

}  // namespace workrights
