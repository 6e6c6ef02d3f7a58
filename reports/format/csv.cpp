#include "reports/format/csv.h"

#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace workrights {

std::string CsvField(std::string_view text) {
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
