#include "core/load/spreadsheet_row.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

#include "core/load/spreadsheet_import.h"

namespace workrights {
namespace {

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  return std::string(s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1));
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// A template neutralises text that a spreadsheet would run as a formula with a leading "'" (reports/format/csv.h);
// a cell copied from one comes back with it, so it goes again.
std::string Unneutralised(std::string s) {
  if (s.size() >= 2 && s[0] == '\'' && std::string_view("=+-@\t\r").find(s[1]) != std::string_view::npos) {
    s.erase(0, 1);
  }
  return s;
}

}  // namespace

std::string RowCells::Get(std::string_view column) const {
  auto it = index_.find(std::string(column));
  return it == index_.end() ? "" : Unneutralised(Trim(row_.cells[it->second]));
}

SourceLocation RowCells::At(std::string_view column) const {
  auto it = index_.find(std::string(column));
  int n = it == index_.end() ? 0 : static_cast<int>(it->second) + 1;
  return SourceLocation{doc_.file, row_.row, n, {}, {}, std::string(column)};
}

namespace {

std::optional<double> ParseNumberText(const std::string& text) {
  // Decimal only: strtod would also take "0x1A", "inf" and "nan", which no adviser means.
  if (text.empty() || text.find_first_not_of("0123456789+-.eE") != std::string::npos) return std::nullopt;
  char* end = nullptr;
  double v = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

std::optional<bool> ParseBoolText(const std::string& text) {
  std::string t = Lower(text);
  if (t == "true") return true;
  if (t == "false") return false;
  return std::nullopt;
}

// The cell's text as the JSON value a profile would hold; the catalogue's own checks (allowed values, range)
// come later, in the profile loader. nullopt after reporting a cell that is not even of the fact's type.
std::optional<OrderedJson> ValueFromCell(const FactSpec& spec, const std::string& text, const RowCells& c,
                                         Diagnostics& diags) {
  const std::string name = "fact \"" + spec.path + "\"";
  switch (spec.type) {
    case FactType::kBool:
      if (auto b = ParseBoolText(text)) return OrderedJson(*b);
      diags.Add(c.At("value"), name + " must be true or false, but is \"" + text + "\"");
      return std::nullopt;
    case FactType::kNumber:
      if (auto v = ParseNumberText(text)) {
        if (std::floor(*v) == *v && std::fabs(*v) < 9e15) return OrderedJson(static_cast<int64_t>(*v));
        return OrderedJson(*v);
      }
      diags.Add(c.At("value"), name + " must be a number, but is \"" + text + "\"",
                "a plain number with a dot for decimals: 0.25, 12000");
      return std::nullopt;
    case FactType::kList: {
      OrderedJson items = OrderedJson::array();
      if (text == kEmptyList) return items;
      for (size_t from = 0; from <= text.size();) {
        size_t to = std::min(text.find(kListSeparator, from), text.size());
        if (std::string item = Trim(std::string_view(text).substr(from, to - from)); !item.empty()) items.push_back(item);
        from = to + kListSeparator.size();
      }
      return items;
    }
    case FactType::kEnum:
    case FactType::kDate: return OrderedJson(text);
  }
  return std::nullopt;
}

// Optional cells that go into the entry as they are; the loader checks them.
constexpr std::string_view kTextFields[] = {"quote", "locator", "note", "group", "valid_from", "sex", "age"};

}  // namespace

std::optional<OrderedJson> EntryFromRow(const FactSpec& spec, const RowCells& c, Diagnostics& diags) {
  size_t before = diags.size();
  OrderedJson e;
  if (auto v = ValueFromCell(spec, c.Get("value"), c, diags)) e["value"] = *v;
  e["sources"] = OrderedJson::array();
  for (auto field : kTextFields) {
    if (std::string text = c.Get(field); !text.empty()) e[std::string(field)] = text;
  }
  if (std::string inferred = c.Get("inferred"); !inferred.empty()) {
    if (auto b = ParseBoolText(inferred)) {
      if (*b) e["inferred"] = true;
    } else {
      diags.Add(c.At("inferred"), "inferred must be true or false (or empty for false), but is \"" + inferred + "\"");
    }
  }
  if (std::string year = c.Get("year"); !year.empty()) {
    auto y = ParseNumberText(year);
    if (y && std::floor(*y) == *y && std::fabs(*y) < 1e6) e["year"] = static_cast<int>(*y);
    else diags.Add(c.At("year"), "year must be a whole year, such as 2024, but is \"" + year + "\"");
  }
  if (diags.size() != before) return std::nullopt;
  return e;
}

namespace {

// The columns of a row's source, in a source object's key order.
constexpr std::pair<std::string_view, std::string_view> kSourceColumns[] = {
    {"title", "source_title"}, {"publisher", "source_publisher"}, {"url", "source_url"},
    {"date", "source_date"}, {"accessed", "source_accessed"}, {"copy_url", "source_copy_url"},
    {"copy_note", "source_copy_note"}};

}  // namespace

std::string_view SourceColumn(std::string_view key) {
  for (auto [k, column] : kSourceColumns) {
    if (k == key) return column;
  }
  return "source_date";  // the source as a whole: it lacks both its dates
}

// The source a row cites, without its id; nullopt after reporting a missing title, publisher or url.
std::optional<OrderedJson> SourceFromRow(const RowCells& c, Diagnostics& diags) {
  OrderedJson s;
  for (auto [key, column] : kSourceColumns) {
    if (std::string text = c.Get(column); !text.empty()) s[std::string(key)] = text;
  }
  if (s.empty()) {
    diags.Add(c.At("source_title"), "the value has no source",
              "every value needs the source that says it: fill source_title, source_publisher, source_url and "
              "source_date (or source_accessed for an undated page)");
    return std::nullopt;
  }
  bool complete = true;
  for (auto key : {"title", "publisher", "url"}) {
    if (!s.contains(key)) {
      diags.Add(c.At(SourceColumn(key)), std::string("the source has no ") + key,
                "a source needs its title, publisher and url");
      complete = false;
    }
  }
  // A complete source without a date is left to the loader's message; an incomplete one never reaches it.
  if (!complete && !s.contains("date") && !s.contains("accessed")) {
    diags.Add(c.At("source_date"), "the source has no date",
              "give source_date as precise as the source gives it or, for an undated page, source_accessed");
  }
  if (!complete) return std::nullopt;
  return s;
}

// "unhcr-jordan-2024": the publisher's first words and the source's year, made unique among `taken`.
std::string NewSourceId(const OrderedJson& source, const std::set<std::string>& taken) {
  std::string slug;
  for (char ch : source.value("publisher", std::string())) {
    char c = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (alnum) slug += c;
    else if (!slug.empty() && slug.back() != '-') slug += '-';
    if (slug.size() >= 24) break;
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  if (slug.empty()) slug = "source";
  std::string date = source.value("date", source.value("accessed", std::string()));
  if (date.size() >= 4) slug += "-" + date.substr(0, 4);
  std::string id = slug;
  for (int n = 2; taken.count(id); ++n) id = slug + "-" + std::to_string(n);
  return id;
}

std::string SpreadsheetValueText(const FactValue& value) {
  if (const bool* b = std::get_if<bool>(&value)) return *b ? "true" : "false";
  if (const auto* items = std::get_if<std::vector<std::string>>(&value)) {
    if (items->empty()) return std::string(kEmptyList);
    std::string out;
    for (const auto& i : *items) out += (out.empty() ? "" : std::string(kListSeparator) + " ") + i;
    return out;
  }
  // Every digit a number has (FactValueToText rounds to four), so that a value read back is the value written.
  if (std::holds_alternative<double>(value)) return FactValueToJson(value).dump();
  return FactValueToText(value);
}

}  // namespace workrights
