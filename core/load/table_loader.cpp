#include "core/load/table_loader.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <set>

#include "core/base/json_checks.h"
#include "core/base/spellcheck.h"
#include "core/load/source_parser.h"
#include "core/model/iso3166.h"

namespace workrights {
namespace fs = std::filesystem;
namespace {

// Keys a row may carry besides its columns.
const std::set<std::string> kRowKeys = {"country", "sources", "valid_from", "year", "quote", "locator", "note",
                                        "inferred"};

// Fills t.columns with the valid columns; returns every column name given, valid or not, so rows are not
// reported again for a column whose fact was already reported.
std::vector<std::string> ParseColumns(JsonChecker& check, const nlohmann::json& root, const FactCatalogue& cat,
                                      CrossCountryTable& t) {
  std::vector<std::string> names;
  if (!root.contains("facts") || !check.IsObject("/facts", root["facts"], "\"facts\"")) return names;
  const std::vector<std::string> paths = cat.Paths();
  for (const auto& column : check.doc().KeysInOrder("/facts")) {
    names.push_back(column);
    const std::string p = "/facts/" + JsonPointerToken(column);
    const auto& path = root["facts"][column];
    if (kRowKeys.count(column)) {
      check.Error(p, "column \"" + column + "\" has the name of a row field", "choose another column name");
    } else if (!path.is_string()) {
      check.Error(p, "a column names a catalogue fact (a string), not " + JsonKindName(path));
    } else if (const FactSpec* spec = cat.Find(path.get<std::string>())) {
      if (spec->by_group) check.Error(p, "fact \"" + spec->path + "\" differs by group; a table states country-wide facts");
      else t.columns.emplace_back(column, spec->id);
    } else {
      check.Error(p, "unknown fact \"" + path.get<std::string>() + "\"", DidYouMean(path.get<std::string>(), paths));
    }
  }
  if (names.empty()) check.Error("/facts", "a table states at least one fact");
  return names;
}

void ParseSources(JsonChecker& check, const nlohmann::json& root, CrossCountryTable& t) {
  if (!root.contains("sources") || !check.IsArray("/sources", root["sources"], "\"sources\"")) return;
  const auto& sources = root["sources"];
  if (sources.empty()) check.Error("/sources", "a table needs its source: the list it copies");
  std::set<std::string> ids;
  for (size_t i = 0; i < sources.size(); ++i) {
    const std::string p = "/sources/" + std::to_string(i);
    auto src = ParseSourceObject(check, sources[i], p);
    if (!src) continue;
    if (!src->id.empty() && !ids.insert(src->id).second) check.Error(p + "/id", "source id \"" + src->id + "\" is declared twice");
    t.sources.push_back(std::move(*src));
  }
}

// The columns' values in `obj` (a row, or the completeness statement), checked against the catalogue.
std::vector<std::pair<FactId, FactValue>> ColumnValues(JsonChecker& check, const FactCatalogue& cat,
                                                       const CrossCountryTable& t, const nlohmann::json& obj,
                                                       const std::string& p) {
  std::vector<std::pair<FactId, FactValue>> out;
  for (const auto& [column, fact] : t.columns) {
    if (!obj.contains(column)) continue;
    auto v = cat.ParseValue(cat.Get(fact), obj[column], check.doc(), p + "/" + JsonPointerToken(column), check.diags());
    if (v) out.emplace_back(fact, std::move(*v));
  }
  return out;
}

void CheckRowKeys(JsonChecker& check, const std::vector<std::string>& columns, const nlohmann::json& row,
                  const std::string& p) {
  std::vector<std::string> allowed(kRowKeys.begin(), kRowKeys.end());
  allowed.insert(allowed.end(), columns.begin(), columns.end());
  for (const auto& [key, value] : row.items()) {
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      check.Error(p + "/" + JsonPointerToken(key), "unknown key \"" + key + "\" in a table row", DidYouMean(key, allowed));
    }
  }
}

void ParseRowMeta(JsonChecker& check, const CrossCountryTable& t, const nlohmann::json& row, const std::string& p,
                  TableRow& out) {
  out.valid_from = check.DateField(p, row, "valid_from", false, false);
  if (auto y = check.Number(p, row, "year", false)) {
    if (std::floor(*y) != *y || *y < 1950 || *y > TodayUtc().year) {
      check.Error(p + "/year", "year must be a whole year from 1950 to " + std::to_string(TodayUtc().year));
    } else {
      out.year = static_cast<int>(*y);
    }
  }
  out.quote = check.String(p, row, "quote", false).value_or("");
  out.locator = check.String(p, row, "locator", false).value_or("");
  out.note = check.String(p, row, "note", false).value_or("");
  out.inferred = check.Bool(p, row, "inferred", false).value_or(false);
  if (out.quote.empty() && out.locator.empty()) {
    check.Error(p, "a row needs the \"quote\" (or \"locator\") that shows its values in the source");
  }
  if (out.inferred && out.note.empty()) check.Error(p, "an inferred row needs a \"note\" saying how it was inferred");
  if (row.contains("sources") && check.IsArray(p + "/sources", row["sources"], "\"sources\"")) {
    for (size_t i = 0; i < row["sources"].size(); ++i) {
      const auto& id = row["sources"][i];
      const bool declared = id.is_string() && std::any_of(t.sources.begin(), t.sources.end(),
                                                          [&](const Source& s) { return s.id == id.get<std::string>(); });
      if (!declared) check.Error(p + "/sources/" + std::to_string(i), "not a source declared in the table's \"sources\"");
      else out.sources.push_back(id.get<std::string>());
    }
  }
}

void ParseRows(JsonChecker& check, const nlohmann::json& root, const FactCatalogue& cat,
               const std::vector<std::string>& columns, CrossCountryTable& t) {
  if (!root.contains("rows") || !check.IsArray("/rows", root["rows"], "\"rows\"")) return;
  std::set<std::pair<std::string, std::string>> seen;  // (country, valid_from)
  for (size_t i = 0; i < root["rows"].size(); ++i) {
    const std::string p = "/rows/" + std::to_string(i);
    const auto& row = root["rows"][i];
    if (!check.IsObject(p, row, "a table row")) continue;
    CheckRowKeys(check, columns, row, p);
    TableRow r;
    r.pointer = p;
    r.country = check.String(p, row, "country", true).value_or("");
    if (!r.country.empty() && IsoCountryName(r.country).empty() && !IsUserAssignedAlpha3(r.country)) {
      check.Error(p + "/country", "\"" + r.country + "\" is not an ISO 3166-1 alpha-3 country code");
    }
    r.values = ColumnValues(check, cat, t, row, p);
    const bool any_column = std::any_of(columns.begin(), columns.end(), [&](const std::string& c) { return row.contains(c); });
    if (!any_column) check.Error(p, "a row gives none of the table's columns");
    ParseRowMeta(check, t, row, p, r);
    const std::string from = r.valid_from ? r.valid_from->ToString() : "";
    if (!seen.insert({r.country, from}).second) {
      check.Error(p, "a second row for " + r.country + (from.empty() ? "" : " from " + from),
                  "give each row of a country its own \"valid_from\"");
    }
    t.rows.push_back(std::move(r));
  }
}

void ParseCompleteness(JsonChecker& check, const nlohmann::json& root, const FactCatalogue& cat, CrossCountryTable& t) {
  if (!root.contains("complete")) return;
  const auto& c = root["complete"];
  if (!check.IsObject("/complete", c, "\"complete\"")) return;
  check.Keys("/complete", c, {"absent", "note", "not_covered"}, {"absent", "note"});
  TableCompleteness done;
  done.note = check.String("/complete", c, "note", true).value_or("");
  if (c.contains("not_covered") && check.IsObject("/complete/not_covered", c["not_covered"], "\"not_covered\"")) {
    for (const auto& [code, reason] : c["not_covered"].items()) {
      const std::string at = "/complete/not_covered/" + code;
      if (IsoCountryName(code).empty() && !IsUserAssignedAlpha3(code)) {
        check.Error(at, "\"" + code + "\" is not an ISO 3166-1 alpha-3 country code");
      }
      if (!reason.is_string() || reason.get<std::string>().empty()) check.Error(at, "give the reason the list does not cover it");
      else done.not_covered.emplace_back(code, reason.get<std::string>());
    }
  }
  if (c.contains("absent") && check.IsObject("/complete/absent", c["absent"], "\"absent\"")) {
    done.absent = ColumnValues(check, cat, t, c["absent"], "/complete/absent");
  }
  t.complete = std::move(done);
}

}  // namespace

std::optional<CrossCountryTable> ParseTable(const JsonDocument& doc, const FactCatalogue& cat, Diagnostics& diags) {
  const size_t before = diags.size();
  JsonChecker check(doc, diags);
  const auto& root = doc.root();
  if (!check.IsObject("", root, "a cross-country table")) return std::nullopt;
  check.Keys("", root, {"$schema", "title", "facts", "sources", "complete", "rows"}, {"title", "facts", "sources", "rows"});
  CrossCountryTable t;
  t.file = doc.file();
  t.id = fs::path(doc.file()).stem().string();
  t.title = check.String("", root, "title", true).value_or("");
  const std::vector<std::string> columns = ParseColumns(check, root, cat, t);
  ParseSources(check, root, t);
  ParseCompleteness(check, root, cat, t);
  ParseRows(check, root, cat, columns, t);
  if (diags.size() != before) return std::nullopt;
  return t;
}

}  // namespace workrights
