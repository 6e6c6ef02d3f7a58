#include "core/load/csv_reader.h"

#include <set>

#include "core/base/diagnostics.h"
#include "core/base/text_encoding.h"

namespace workrights {
namespace {

// The length of the UTF-8 sequence at `i`, or 0 when the bytes there are not valid UTF-8.
size_t Utf8SequenceLength(std::string_view s, size_t i) {
  unsigned char b = static_cast<unsigned char>(s[i]);
  size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || i + len > s.size()) return 0;
  uint32_t cp = len == 1 ? b : b & (0x7F >> len);
  for (size_t k = 1; k < len; ++k) {
    unsigned char c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (c & 0x3F);
  }
  static constexpr uint32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kSmallest[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

// Throws at the first byte that is not UTF-8: a spreadsheet's plain "CSV" is in the Windows code page, and its
// "Türkiye" would otherwise be imported as mojibake.
void RequireUtf8(std::string_view text, const std::string& file) {
  int line = 1;
  for (size_t i = 0; i < text.size();) {
    size_t len = Utf8SequenceLength(text, i);
    if (len == 0) {
      ThrowInputError(SourceLocation{file, line, 0, {}, {}, {}}, "the file is not UTF-8 text",
                      "save it as \"CSV UTF-8\" (Excel) or with the character set \"Unicode (UTF-8)\" (LibreOffice)");
    }
    if (text[i] == '\n') ++line;
    i += len;
  }
}

// Semicolons when the header line has no comma but has a semicolon (spreadsheets set to French, German,
// Spanish... save CSV so); commas otherwise.
char DetectDelimiter(std::string_view text) {
  std::string_view first = text.substr(0, text.find('\n'));
  return first.find(',') == std::string_view::npos && first.find(';') != std::string_view::npos ? ';' : ',';
}

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

// Splits the text into records, cell by cell, as RFC 4180 says; problems go to `diags`.
class CsvTokenizer {
 public:
  CsvTokenizer(std::string_view text, const std::string& file, char delimiter, Diagnostics& diags)
      : text_(text), file_(file), delimiter_(delimiter), diags_(diags) {}

  std::vector<CsvRecord> Records() {
    std::vector<CsvRecord> records;
    while (pos_ < text_.size()) {
      CsvRecord r{static_cast<int>(records.size()) + 1, line_, {}};
      if (!ReadRecord(r)) break;
      records.push_back(std::move(r));
    }
    return records;
  }

 private:
  // Reads cells up to the end of a line outside quotes; false after a quoted cell that never closes.
  bool ReadRecord(CsvRecord& r) {
    while (true) {
      std::string cell;
      if (pos_ < text_.size() && text_[pos_] == '"') {
        if (!ReadQuoted(r, cell)) return false;
      }
      while (pos_ < text_.size() && text_[pos_] != delimiter_ && text_[pos_] != '\n') cell += text_[pos_++];
      if (!cell.empty() && cell.back() == '\r') cell.pop_back();
      r.cells.push_back(std::move(cell));
      if (pos_ >= text_.size()) return true;
      if (text_[pos_++] == '\n') {
        ++line_;
        return true;
      }
    }
  }

  // A quoted cell: "" is one quote, and line breaks belong to the cell. Text after the closing quote is an error.
  bool ReadQuoted(CsvRecord& r, std::string& cell) {
    int opened_on = line_;
    int column = static_cast<int>(r.cells.size()) + 1;
    ++pos_;
    while (true) {
      if (pos_ >= text_.size()) {
        diags_.Add(SourceLocation{file_, r.row, column, {}, {}, {}},
                   "the quoted cell opened on line " + std::to_string(opened_on) + " is never closed",
                   "a cell that starts with \" ends with \"; a quote inside a cell is written \"\"");
        return false;
      }
      char c = text_[pos_++];
      if (c == '"') {
        if (pos_ < text_.size() && text_[pos_] == '"') {
          cell += '"';
          ++pos_;
          continue;
        }
        break;
      }
      if (c == '\n') ++line_;
      cell += c;
    }
    size_t rest = pos_;
    while (rest < text_.size() && (text_[rest] == ' ' || text_[rest] == '\r')) ++rest;
    if (rest < text_.size() && text_[rest] != delimiter_ && text_[rest] != '\n') {
      diags_.Add(SourceLocation{file_, r.row, column, {}, {}, {}}, "text after the closing quote of a cell",
                 "a quote inside a quoted cell is written \"\"");
    }
    pos_ = rest;
    return true;
  }

  std::string_view text_;
  const std::string& file_;
  char delimiter_;
  Diagnostics& diags_;
  size_t pos_ = 0;
  int line_ = 1;
};

bool Blank(const std::vector<std::string>& cells) {
  for (const auto& c : cells) {
    if (!Trim(c).empty()) return false;
  }
  return true;
}

void CheckHeader(const CsvDocument& doc, Diagnostics& diags) {
  std::set<std::string> seen;
  for (size_t i = 0; i < doc.header.size(); ++i) {
    const std::string& name = doc.header[i];
    if (!name.empty() && !seen.insert(name).second) {
      diags.Add(SourceLocation{doc.file, 1, static_cast<int>(i) + 1, {}, {}, name},
                "column \"" + name + "\" appears twice in the header");
    }
  }
}

// Pads a short row with empty cells; a row longer than the header may only have empty cells beyond it.
void FitToHeader(const CsvDocument& doc, CsvRecord& r, Diagnostics& diags) {
  size_t width = doc.header.size();
  for (size_t i = width; i < r.cells.size(); ++i) {
    if (!Trim(r.cells[i]).empty()) {
      diags.Add(SourceLocation{doc.file, r.row, static_cast<int>(i) + 1, {}, {}, SpreadsheetColumnLetter(static_cast<int>(i) + 1)},
                "the row has a cell beyond the last named column", "give the column a name in row 1, or empty the cell");
      break;
    }
  }
  r.cells.resize(width);
}

// Problems found while splitting the text into cells, given their column's name once the header is known.
Diagnostics NamedColumns(const CsvDocument& doc, const Diagnostics& found) {
  Diagnostics named;
  for (Diagnostic d : found.items()) {
    size_t i = static_cast<size_t>(d.where.column);
    if (d.where.column_name.empty() && i >= 1 && i <= doc.header.size()) d.where.column_name = doc.header[i - 1];
    named.Add(std::move(d));
  }
  return named;
}

}  // namespace

std::string SpreadsheetColumnLetter(int n) {
  std::string out;
  for (; n > 0; n = (n - 1) / 26) out.insert(out.begin(), static_cast<char>('A' + (n - 1) % 26));
  return out;
}

CsvDocument ParseCsv(std::string_view text, const std::string& file) {
  if (const char* encoding = WideTextEncoding(text)) {
    ThrowInputError(SourceLocation{file, 0, 0, {}, {}, {}}, std::string("the file is ") + encoding + " text, not UTF-8",
                    "save it as \"CSV UTF-8\" (Excel) or with the character set \"Unicode (UTF-8)\" (LibreOffice)");
  }
  if (text.substr(0, kUtf8ByteOrderMark.size()) == kUtf8ByteOrderMark) text.remove_prefix(kUtf8ByteOrderMark.size());
  RequireUtf8(text, file);
  Diagnostics diags;
  CsvTokenizer tokenizer(text, file, DetectDelimiter(text), diags);
  std::vector<CsvRecord> records = tokenizer.Records();
  CsvDocument doc;
  doc.file = file;
  if (records.empty() || Blank(records.front().cells)) {
    diags.Add(SourceLocation{file, 1, 0, {}, {}, {}}, "the first row must name the columns, but is empty",
              "start from a template: workrights template --country ISO3 --out FILE.csv");
    diags.ThrowIfAny();
  }
  for (const auto& name : records.front().cells) doc.header.push_back(Trim(name));
  CheckHeader(doc, diags);
  diags = NamedColumns(doc, diags);
  for (size_t i = 1; i < records.size(); ++i) {
    if (Blank(records[i].cells)) continue;
    FitToHeader(doc, records[i], diags);
    doc.rows.push_back(std::move(records[i]));
  }
  diags.ThrowIfAny();
  return doc;
}

}  // namespace workrights
