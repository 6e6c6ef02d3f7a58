#include "reports/format/xlsx_workbook.h"

#include <algorithm>
#include <ctime>

#include <xlsxwriter.h>

#include "core/base/atomic_file.h"

namespace workrights {
namespace {

constexpr size_t kMaxCellBytes = 32767;   // Excel's limit on a cell's text
constexpr size_t kMaxRows = 1048575;      // Excel's row limit, less the header
constexpr double kMinWidth = 8, kMaxWidth = 60;
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

/// The length of the UTF-8 sequence starting at s[i], or 0 when it is not valid UTF-8.
size_t Utf8Length(const std::string& s, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    if ((byte(i + k) >> 6) != 0x2) return 0;
  }
  return n;
}

/// Formats shared by every sheet, owned by the workbook.
struct Formats {
  lxw_format* header;
  lxw_format* score;
  lxw_format* share;
  lxw_format* integer;
  lxw_format* link;
};

Formats MakeFormats(lxw_workbook* wb) {
  Formats f{};
  f.header = workbook_add_format(wb);
  format_set_bold(f.header);
  format_set_bottom(f.header, LXW_BORDER_THIN);
  f.score = workbook_add_format(wb);
  format_set_num_format(f.score, "0.00");
  f.share = workbook_add_format(wb);
  format_set_num_format(f.share, "0%");
  f.integer = workbook_add_format(wb);
  format_set_num_format(f.integer, "0");
  f.link = workbook_add_format(wb);
  format_set_font_color(f.link, LXW_COLOR_BLUE);
  format_set_underline(f.link, LXW_UNDERLINE_SINGLE);
  return f;
}

lxw_format* NumberFormat(const Formats& f, ColumnKind kind) {
  switch (kind) {
    case ColumnKind::kScore: return f.score;
    case ColumnKind::kShare: return f.share;
    case ColumnKind::kInteger: return f.integer;
    default: return nullptr;
  }
}

/// Characters, not bytes, as Excel counts column widths.
double TextWidth(const std::string& s) {
  double n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

double ColumnWidth(const Table& t, size_t col) {
  double width = TextWidth(t.columns[col].name) + 2;  // room for the autofilter's button
  for (const auto& row : t.rows) {
    if (const auto* text = std::get_if<std::string>(&row[col])) width = std::max(width, TextWidth(*text));
    if (width >= kMaxWidth) return kMaxWidth;
  }
  return std::max(width, kMinWidth);
}

void Check(lxw_error err, const std::string& path, const std::string& what) {
  if (err != LXW_NO_ERROR) throw OutputError(path + ": " + what + ": " + lxw_strerror(err));
}

void WriteCell(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, const Cell& cell, ColumnKind kind, const Formats& f,
               const std::string& path) {
  if (const auto* number = std::get_if<double>(&cell)) {
    Check(worksheet_write_number(ws, r, c, *number, NumberFormat(f, kind)), path, "cannot write a number");
    return;
  }
  const auto* text = std::get_if<std::string>(&cell);
  if (!text || text->empty()) return;  // unknown stays an empty cell, never zero
  const std::string value = WorkbookText(*text);
  // An address Excel refuses as a link (too long, too many links on a sheet) is still written, as text.
  if (kind == ColumnKind::kUrl && worksheet_write_url(ws, r, c, value.c_str(), f.link) == LXW_NO_ERROR) return;
  Check(worksheet_write_string(ws, r, c, value.c_str(), nullptr), path, "cannot write a text cell");
}

void WriteSheet(lxw_workbook* wb, const Table& t, const Formats& f, const std::string& path) {
  if (t.rows.size() > kMaxRows) {
    throw OutputError(path + ": sheet '" + t.title + "' would have " + std::to_string(t.rows.size()) +
                      " rows; a workbook sheet holds at most " + std::to_string(kMaxRows) + " (write CSV instead)");
  }
  lxw_worksheet* ws = workbook_add_worksheet(wb, t.title.c_str());
  if (!ws) throw OutputError(path + ": cannot add the sheet '" + t.title + "'");
  for (size_t c = 0; c < t.columns.size(); ++c) {
    const auto col = static_cast<lxw_col_t>(c);
    Check(worksheet_write_string(ws, 0, col, WorkbookText(t.columns[c].name).c_str(), f.header), path, "cannot write a header");
    Check(worksheet_set_column(ws, col, col, ColumnWidth(t, c), nullptr), path, "cannot size a column");
  }
  for (size_t r = 0; r < t.rows.size(); ++r) {
    for (size_t c = 0; c < t.columns.size(); ++c) {
      WriteCell(ws, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(c), t.rows[r][c], t.columns[c].kind, f, path);
    }
  }
  worksheet_freeze_panes(ws, 1, 0);
  if (!t.columns.empty()) {
    Check(worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(t.rows.size()), static_cast<lxw_col_t>(t.columns.size() - 1)),
          path, "cannot set the autofilter");
  }
}

time_t CreatedTime(const std::optional<Date>& d) {
  if (!d) return 0;
  std::tm tm{};
  tm.tm_year = d->year - 1900;
  tm.tm_mon = d->month - 1;
  tm.tm_mday = d->day;
  tm.tm_hour = 12;  // midday UTC: the same calendar day in every time zone Excel shows it in
  return timegm(&tm);
}

void WriteWorkbookFile(const std::string& file, const std::string& path, const std::vector<Table>& tables,
                       const WorkbookInfo& info) {
  lxw_workbook* wb = workbook_new(file.c_str());
  if (!wb) throw OutputError(path + ": cannot create the workbook");
  std::string title = WorkbookText(info.title), author = "workrights";
  lxw_doc_properties props{};
  props.title = title.data();
  props.author = author.data();
  props.created = CreatedTime(info.created);
  workbook_set_properties(wb, &props);
  try {
    Formats f = MakeFormats(wb);
    for (const auto& t : tables) WriteSheet(wb, t, f, path);
  } catch (...) {
    workbook_close(wb);  // frees it; the temporary file is removed by the caller
    throw;
  }
  Check(workbook_close(wb), path, "cannot write the workbook");
}

}  // namespace

std::string WorkbookText(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t n = Utf8Length(text, i);
    unsigned char c = static_cast<unsigned char>(text[i]);
    bool control = n == 1 && c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    std::string_view piece = n == 0 || control ? kReplacement : std::string_view(text).substr(i, n);
    if (out.size() + piece.size() > kMaxCellBytes - 3) {
      out += "\xE2\x80\xA6";  // …
      break;
    }
    out += piece;
    i += n == 0 ? 1 : n;
  }
  return out;
}

void WriteWorkbook(const std::string& path, const std::vector<Table>& tables, const WorkbookInfo& info) {
  WriteFileAtomicallyWith(path, [&](const std::string& temporary) { WriteWorkbookFile(temporary, path, tables, info); });
}

}  // namespace workrights
