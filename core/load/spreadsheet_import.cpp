#include "core/load/spreadsheet_import.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "core/base/json_reader.h"
#include "core/base/spellcheck.h"
#include "core/load/profile_loader.h"
#include "core/load/spreadsheet_row.h"
#include "core/model/iso3166.h"
#include "core/model/population_part.h"

namespace workrights {
namespace {

/// One value per fact, group, part of the group and date: the loader's own rule for entries.
struct EntryKey {
  FactId fact = -1;
  GroupId group = 0;
  PopulationPart part;
  std::optional<Date> valid_from;
  bool operator==(const EntryKey&) const = default;
};

std::string KeyText(const FactCatalogue& cat, const EntryKey& k) {
  std::string part = k.part.Whole() ? "" : " (" + k.part.Label() + ")";
  return "group \"" + cat.GroupName(k.group) + "\"" + part +
         (k.valid_from ? " valid from " + k.valid_from->ToString() : " with no valid_from");
}

/// A piece of the new JSON and the row it came from, so that the loader's messages (at JSON pointers) land on
/// cells.
struct Place {
  std::string pointer;
  const CsvRecord* row = nullptr;
  bool source = false;
};

// A source's identity: its fields whatever their order in the file (nlohmann::json sorts keys).
std::string SourceKey(const OrderedJson& source_without_id) {
  return nlohmann::json::parse(source_without_id.dump()).dump();
}

struct PendingEntry {
  OrderedJson json;
  const CsvRecord* row = nullptr;
};

class SpreadsheetImporter {
 public:
  SpreadsheetImporter(const CsvDocument& csv, const ImportTarget& t)
      : csv_(csv), t_(t), cat_(t.dataset->catalogue), existing_(t.dataset->Find(t.iso3)) {}

  SpreadsheetImport Run() {
    IndexColumns();
    diags_.ThrowIfAny();
    StartProfile();
    for (const auto& row : csv_.rows) ImportRow(row);
    AddEntries();
    // Rows refused above are not in the profile: the loader checks the others, so every problem shows at once.
    Validate();
    ThrowInRowOrder();
    result_.profile_text = profile_.dump(2) + "\n";
    return std::move(result_);
  }

 private:
  void IndexColumns();
  void StartProfile();
  void ImportRow(const CsvRecord& row);
  std::optional<std::string> CiteSource(const RowCells& c);
  std::optional<EntryKey> KeyOf(const FactSpec& spec, const OrderedJson& e) const;
  bool IsDuplicate(const FactSpec& spec, const OrderedJson& e, const RowCells& c);
  void AddEntries();
  void Validate();
  std::optional<SourceLocation> CellOf(const std::string& pointer) const;
  void ThrowInRowOrder() const;

  const CsvDocument& csv_;
  const ImportTarget& t_;
  const FactCatalogue& cat_;
  const CountryProfile* existing_;
  std::optional<JsonDocument> original_;  ///< the profile as on disk, to say where an existing entry stands
  std::map<std::string, size_t> index_;   ///< column name -> cell index
  OrderedJson profile_;
  std::map<std::string, std::string> source_ids_;  ///< a source's JSON without its id -> its id
  std::set<std::string> taken_ids_;
  std::vector<std::pair<std::string, std::vector<PendingEntry>>> pending_;  ///< per fact, in row order
  std::vector<std::pair<EntryKey, int>> new_keys_;  ///< entries of earlier rows, with their row
  std::vector<Place> places_;
  Diagnostics diags_;
  SpreadsheetImport result_;
};

void SpreadsheetImporter::IndexColumns() {
  std::vector<std::string> known{std::string(kFactColumn)};
  for (auto c : kGuideColumns) known.emplace_back(c);
  for (auto c : kFillColumns) known.emplace_back(c);
  for (size_t i = 0; i < csv_.header.size(); ++i) {
    const std::string& name = csv_.header[i];
    if (name.empty()) continue;
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      std::string hint = DidYouMean(name, known);
      diags_.Add(SourceLocation{csv_.file, 1, static_cast<int>(i) + 1, {}, {}, name}, "unknown column \"" + name + "\"",
                 hint.empty() ? "the columns are those of `workrights template`; delete or rename this one" : hint);
    }
    index_[name] = i;
  }
  for (auto required : {kFactColumn, std::string_view("value"), std::string_view("source_title"),
                        std::string_view("source_publisher"), std::string_view("source_url")}) {
    if (!index_.count(std::string(required))) {
      diags_.Add(SourceLocation{csv_.file, 1, 0, {}, {}, {}}, "the header has no column \"" + std::string(required) + "\"",
                 "start from a template: workrights template --country " + t_.iso3 + " --out FILE.csv");
    }
  }
}

void SpreadsheetImporter::StartProfile() {
  if (t_.profile_text) {
    original_ = ParseJson(*t_.profile_text, t_.profile_file);
    profile_ = OrderedJson::parse(*t_.profile_text);
  } else {
    std::string name(IsoCountryName(t_.iso3));
    profile_ = OrderedJson{{"country", t_.iso3}, {"name", name.empty() ? t_.iso3 : name},
                           {"as_of", t_.today.ToString()}, {"primary_group", cat_.GroupName(0)},
                           {"sources", OrderedJson::array()}, {"facts", OrderedJson::object()}};
  }
  for (const auto& s : profile_["sources"]) {
    OrderedJson without_id = s;
    without_id.erase("id");
    std::string id = s.value("id", std::string());
    source_ids_[SourceKey(without_id)] = id;
    taken_ids_.insert(id);
  }
}

std::optional<std::string> SpreadsheetImporter::CiteSource(const RowCells& c) {
  auto source = SourceFromRow(c, diags_);
  if (!source) return std::nullopt;
  std::string key = SourceKey(*source);
  if (auto it = source_ids_.find(key); it != source_ids_.end()) {
    bool own = std::find(result_.new_sources.begin(), result_.new_sources.end(), it->second) != result_.new_sources.end();
    if (!own && std::find(result_.cited_sources.begin(), result_.cited_sources.end(), it->second) ==
                    result_.cited_sources.end()) {
      result_.cited_sources.push_back(it->second);
    }
    return it->second;
  }
  std::string id = NewSourceId(*source, taken_ids_);
  taken_ids_.insert(id);
  source_ids_[key] = id;
  OrderedJson with_id{{"id", id}};
  for (const auto& [k, v] : source->items()) with_id[k] = v;
  places_.push_back({"/sources/" + std::to_string(profile_["sources"].size()), &c.record(), true});
  profile_["sources"].push_back(std::move(with_id));
  result_.new_sources.push_back(id);
  return id;
}


void SpreadsheetImporter::ImportRow(const CsvRecord& row) {
  RowCells c(csv_, row, index_);
  if (c.Get("value").empty()) {
    ++result_.rows_skipped;
    return;
  }
  std::string path = c.Get(kFactColumn);
  const FactSpec* spec = cat_.Find(path);
  if (!spec) {
    diags_.Add(c.At(kFactColumn), path.empty() ? "the row has a value but no fact" : "unknown fact \"" + path + "\"",
               DidYouMean(path, cat_.Paths()));
    return;
  }
  for (const auto& table : t_.dataset->tables) {
    for (const auto& [key, fact] : table.columns) {
      if (fact != spec->id) continue;
      diags_.Add(c.At(kFactColumn), "fact \"" + path + "\" comes from the cross-country table " + table.id + " (" +
                                        table.file + "), not from a country's profile",
                 "correct the table for every country at once; a profile value that replaces the table's needs an "
                 "\"override\" reason in the profile itself (data/tables/README.md)");
      return;
    }
  }
  auto entry = EntryFromRow(*spec, c, diags_);
  auto source = CiteSource(c);
  if (!entry || !source || IsDuplicate(*spec, *entry, c)) return;
  (*entry)["sources"].push_back(*source);
  auto it = std::find_if(pending_.begin(), pending_.end(), [&](const auto& p) { return p.first == path; });
  if (it == pending_.end()) it = pending_.insert(pending_.end(), {path, {}});
  it->second.push_back({std::move(*entry), &row});
}

std::optional<EntryKey> SpreadsheetImporter::KeyOf(const FactSpec& spec, const OrderedJson& e) const {
  EntryKey k;
  k.fact = spec.id;
  k.group = existing_ ? existing_->primary_group : 0;
  if (spec.by_group && e.contains("group")) {
    auto g = cat_.FindGroup(e["group"].get<std::string>());
    if (!g) return std::nullopt;  // the loader names the unknown group
    k.group = *g;
  }
  if (e.contains("sex")) {
    auto sex = ParseSex(e["sex"].get<std::string>());
    if (!sex) return std::nullopt;
    k.part.sex = *sex;
  }
  if (e.contains("age")) {
    k.part.age = ParseAgeBand(e["age"].get<std::string>());
    if (!k.part.age) return std::nullopt;
  }
  if (e.contains("valid_from")) {
    k.valid_from = ParseDate(e["valid_from"].get<std::string>());
    if (!k.valid_from) return std::nullopt;
  } else if (spec.needs_year && e.contains("year")) {
    // As the loader does: a statistic without a date holds from the end of its reference year.
    k.valid_from = Date{e["year"].get<int>(), 12, 31};
  }
  return k;
}

// An entry for the same fact, group, part and date as one in the profile or an earlier row would replace it
// silently (or be refused by the loader without saying which one clashes): named here with both places.
bool SpreadsheetImporter::IsDuplicate(const FactSpec& spec, const OrderedJson& e, const RowCells& c) {
  auto key = KeyOf(spec, e);
  if (!key) return false;
  std::string what = "fact \"" + spec.path + "\" already has an entry for " + KeyText(cat_, *key);
  const char* hint = "give the row the date from which its value holds (valid_from); to correct an entry, edit it "
                     "in the profile";
  if (existing_) {
    std::vector<const FactEntry*> entries;
    for (const auto& x : existing_->facts[static_cast<size_t>(spec.id)]) entries.push_back(&x);
    for (const auto& b : existing_->breakdowns) {
      if (b.fact == spec.id) entries.push_back(&b.entry);
    }
    for (const FactEntry* x : entries) {
      if (!x->table.empty() || !(EntryKey{spec.id, x->group, x->part, x->valid_from} == *key)) continue;
      SourceLocation at = original_ ? original_->Locate(x->pointer) : SourceLocation{t_.profile_file, 0, 0, x->pointer, {}};
      diags_.Add(c.At("valid_from"), what + " in the profile, at " + at.file + ":" + std::to_string(at.line) + ":" +
                                         std::to_string(at.column) + " (" + x->pointer + ")", hint);
      return true;
    }
  }
  for (const auto& [k, row] : new_keys_) {
    if (k == *key) {
      diags_.Add(c.At("valid_from"), what + " in row " + std::to_string(row), hint);
      return true;
    }
  }
  new_keys_.push_back({*key, c.record().row});
  return false;
}

// New facts keep the profile's style: one entry is an object, several an array; a fact with entries already
// becomes (or stays) an array with the new ones after the old.
void SpreadsheetImporter::AddEntries() {
  OrderedJson& facts = profile_["facts"];
  for (auto& [path, entries] : pending_) {
    std::string base = "/facts/" + JsonPointerToken(path);
    size_t first = 0;
    if (!facts.contains(path) && entries.size() == 1) {
      facts[path] = entries.front().json;
      places_.push_back({base, entries.front().row, false});
    } else {
      if (facts.contains(path) && !facts[path].is_array()) facts[path] = OrderedJson::array({facts[path]});
      if (!facts.contains(path)) facts[path] = OrderedJson::array();
      first = facts[path].size();
      for (size_t i = 0; i < entries.size(); ++i) {
        facts[path].push_back(entries[i].json);
        places_.push_back({base + "/" + std::to_string(first + i), entries[i].row, false});
      }
    }
    for (const auto& e : entries) {
      const auto& j = e.json;
      std::string detail = j.value("group", existing_ ? cat_.GroupName(existing_->primary_group) : cat_.GroupName(0));
      if (j.contains("sex")) detail += ", " + j["sex"].get<std::string>();
      if (j.contains("age")) detail += ", aged " + j["age"].get<std::string>();
      if (j.contains("valid_from")) detail += ", from " + j["valid_from"].get<std::string>();
      if (j.contains("year")) detail += ", year " + std::to_string(j["year"].get<int>());
      result_.added.push_back(path + " = " + RowCells(csv_, *e.row, index_).Get("value") + " (" + detail +
                              "; row " + std::to_string(e.row->row) + ")");
    }
  }
}

// The column a loader message about `pointer` belongs in: the key right after the entry's or source's pointer.
std::optional<SourceLocation> SpreadsheetImporter::CellOf(const std::string& pointer) const {
  for (const auto& place : places_) {
    if (pointer != place.pointer && pointer.rfind(place.pointer + "/", 0) != 0) continue;
    std::string rest = pointer.substr(place.pointer.size());
    std::string key = rest.empty() ? "" : rest.substr(1, rest.find('/', 1) == std::string::npos ? std::string::npos
                                                                                                 : rest.find('/', 1) - 1);
    std::string column;
    if (place.source) column = std::string(SourceColumn(key));
    else if (key.empty()) column = std::string(kFactColumn);
    else if (key == "sources") column = "source_title";
    else column = key;
    RowCells c(csv_, *place.row, index_);
    return c.At(column);
  }
  return std::nullopt;
}

// The loader's own checks on the whole profile, new entries and all; its messages are moved to the cells.
void SpreadsheetImporter::Validate() {
  std::string text = profile_.dump(2) + "\n";
  JsonDocument doc = ParseJson(text, t_.profile_file);
  Diagnostics problems, warnings;
  ParseProfile(doc, cat_, problems, &warnings);
  for (const auto& d : problems.items()) {
    auto cell = CellOf(d.where.pointer);
    diags_.Add(cell ? *cell : d.where, d.message, d.hint);
  }
  for (const auto& w : warnings.items()) {
    if (auto cell = CellOf(w.where.pointer)) result_.warnings.Add(*cell, w.message, w.hint);
  }
}

// The problems as the spreadsheet shows them, row by row and left to right, whichever check found them.
void SpreadsheetImporter::ThrowInRowOrder() const {
  std::vector<Diagnostic> items = diags_.items();
  std::stable_sort(items.begin(), items.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::pair(a.where.line, a.where.column) < std::pair(b.where.line, b.where.column);
  });
  if (!items.empty()) throw InputError(std::move(items));
}

}  // namespace

SpreadsheetImport ImportSpreadsheet(const CsvDocument& csv, const ImportTarget& target) {
  return SpreadsheetImporter(csv, target).Run();
}

}  // namespace workrights
