#pragma once
// CSV as RFC 4180 says: fields with a comma, quote or line break are quoted, quotes doubled, CRLF line ends.
// UTF-8 throughout; the first row names the columns (documented in docs/csv.md). A text field that a
// spreadsheet would take for a formula (it starts with =, +, -, @, tab or carriage return) gets a single quote
// in front, as OWASP's "CSV injection" page recommends; numbers (-0.05) stay numbers.
#include <string>
#include <string_view>
#include <vector>

namespace workrights {

/// The field as written: neutralised when it could start a formula, then quoted when RFC 4180 needs it.
std::string CsvField(std::string_view text);

/// True for a plain decimal number ("-0.05", "+0.0459", "1e-3"): left as it is, so spreadsheets read a number.
bool IsCsvNumber(std::string_view text);

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
