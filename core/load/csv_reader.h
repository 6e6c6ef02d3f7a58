#pragma once
// Reads CSV as spreadsheets save it (RFC 4180 and what Excel and LibreOffice do beside it): a UTF-8 byte order
// mark, CRLF or LF line ends, quoted cells holding commas, doubled quotes and line breaks, and the semicolon that
// spreadsheets in many European languages separate cells with. Rows are numbered as a spreadsheet shows them (the
// header is row 1), which is not the text line once a cell holds a line break.
#include <string>
#include <string_view>
#include <vector>

namespace workrights {

struct CsvRecord {
  int row = 0;   ///< 1-based, as a spreadsheet numbers it; the header is row 1
  int line = 0;  ///< the text line the row starts on
  std::vector<std::string> cells;  ///< as many as the header has (a short row is padded with empty cells)
};

struct CsvDocument {
  std::string file;
  std::vector<std::string> header;
  std::vector<CsvRecord> rows;  ///< the rows after the header, blank ones left out
};

/// Parses `text` (the contents of `file`). Throws InputError listing every problem, each at file:row:column
/// (column name): a quoted cell never closed, text after a closing quote, a row with more cells than the header,
/// text that is not UTF-8 (Excel's plain "CSV" saves in the Windows code page), an empty or duplicated header.
CsvDocument ParseCsv(std::string_view text, const std::string& file);

/// "A", "B", ... "Z", "AA": the letter a spreadsheet gives the 1-based column `n`.
std::string SpreadsheetColumnLetter(int n);

}  // namespace workrights
