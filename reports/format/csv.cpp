#include "reports/format/csv.h"

#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace workrights {

namespace {

/// What a spreadsheet may read as the start of a formula (OWASP, "CSV Injection").
constexpr std::string_view kFormulaStarts = "=+-@\t\r";

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

/// Skips a run of digits from `i`; returns how many there were.
size_t SkipDigits(std::string_view s, size_t& i) {
  size_t start = i;
  while (i < s.size() && IsDigit(s[i])) ++i;
  return i - start;
}

}  // namespace

bool IsCsvNumber(std::string_view s) {
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  size_t digits = SkipDigits(s, i);
  if (i < s.size() && s[i] == '.') {
    ++i;
    digits += SkipDigits(s, i);
  }
  if (digits == 0) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (SkipDigits(s, i) == 0) return false;
  }
  return i == s.size();
}

std::string CsvField(std::string_view text) {
  std::string neutralised;
  if (!text.empty() && kFormulaStarts.find(text.front()) != std::string_view::npos && !IsCsvNumber(text)) {
    neutralised = "'" + std::string(text);
    text = neutralised;
  }
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

CsvTable::CsvTable(std::vector<std::string> header) : columns_(header.size()) { Row(header); }

void CsvTable::Row(const std::vector<std::string>& fields) {
  if (fields.size() != columns_) throw std::logic_error("CSV row with the wrong number of fields");
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) text_ += ',';
    text_ += CsvField(fields[i]);
  }
  text_ += "\r\n";
}

std::string CsvNumber(double x) {
  if (std::isnan(x)) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6f", x);
  std::string s = buf;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  if (s == "-0") s = "0";
  return s;
}

}  // namespace workrights
