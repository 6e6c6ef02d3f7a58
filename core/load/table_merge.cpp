// MergeTables (declared in table_loader.h): table rows become fact entries of the profiles they name.
#include <algorithm>
#include <set>

#include "core/load/table_loader.h"

namespace workrights {
namespace {

FactEntry EntryFromRow(const CrossCountryTable& t, const TableRow& row, const FactValue& value, GroupId group) {
  FactEntry e;
  e.value = value;
  for (const auto& id : row.sources.empty() ? std::vector<std::string>{t.sources.front().id} : row.sources) {
    e.sources.push_back(t.SourceIdInProfile(id));
  }
  e.quote = row.quote;
  e.locator = row.locator;
  e.note = row.note;
  e.inferred = row.inferred;
  e.group = group;
  e.valid_from = row.valid_from;
  e.year = row.year;
  e.pointer = row.pointer;
  e.table = t.id;
  return e;
}

bool NotCovered(const TableCompleteness& complete, const std::string& iso3) {
  for (const auto& [code, reason] : complete.not_covered) {
    if (code == iso3) return true;
  }
  return false;
}

// A country a complete list does not name: the list's silence is the fact, so it is marked inferred.
FactEntry AbsentEntry(const CrossCountryTable& t, const FactValue& value, GroupId group) {
  FactEntry e;
  e.value = value;
  e.sources = {t.SourceIdInProfile(t.sources.front().id)};
  e.locator = "not on the list";
  e.note = "Not named in a complete list: " + t.complete->note;
  e.inferred = true;
  e.group = group;
  e.pointer = "/complete/absent";
  e.table = t.id;
  return e;
}

void AddSources(const CrossCountryTable& t, CountryProfile& p) {
  for (const auto& s : t.sources) {
    Source copy = s;
    copy.id = t.SourceIdInProfile(s.id);
    if (!p.FindSource(copy.id)) p.sources.push_back(std::move(copy));
  }
}

// A profile's own entries for `fact`: an override keeps the table out; otherwise say whether they repeat it.
bool ProfileOverrides(const CountryProfile& p, FactId fact) {
  for (const auto& e : p.facts[static_cast<size_t>(fact)]) {
    if (e.table.empty() && !e.override_reason.empty()) return true;
  }
  return false;
}

void MergeRow(const CrossCountryTable& t, const TableRow& row, CountryProfile& p, const FactCatalogue& cat,
              Diagnostics& notes) {
  for (const auto& [fact, value] : row.values) {
    auto& entries = p.facts[static_cast<size_t>(fact)];
    if (ProfileOverrides(p, fact)) continue;
    for (const auto& own : entries) {
      // Another reference year or another start date is history beside the table, not a repeat of it.
      if (!own.table.empty() || (own.year && row.year && *own.year != *row.year)) continue;
      if (own.valid_from && row.valid_from && *own.valid_from != *row.valid_from) continue;
      const bool same = own.value == value;
      notes.Add(Diagnostic{SourceLocation{p.file, 0, 0, own.pointer, {}},
                       std::string(same ? "repeats" : "contradicts") + " the table " + t.id + " (" + cat.Get(fact).path +
                           (same ? "" : ": the table says " + FactValueToText(value)) + ")",
                       same ? "remove the profile's entry: the table states it for every country"
                            : "correct one of them, or keep the profile's value with \"override\": \"<reason>\""});
    }
    entries.push_back(EntryFromRow(t, row, value, p.primary_group));
  }
}

}  // namespace

void MergeTables(Dataset& ds) {
  for (const auto& t : ds.tables) {
    std::set<std::string> named;
    for (const auto& row : t.rows) {
      named.insert(row.country);
      auto it = std::find_if(ds.countries.begin(), ds.countries.end(),
                             [&](const CountryProfile& p) { return p.iso3 == row.country; });
      if (it == ds.countries.end()) continue;  // a list covers more countries than the dataset profiles
      AddSources(t, *it);
      MergeRow(t, row, *it, ds.catalogue, ds.warnings);
    }
    if (!t.complete) continue;
    for (auto& p : ds.countries) {
      if (named.count(p.iso3) || NotCovered(*t.complete, p.iso3)) continue;
      AddSources(t, p);
      for (const auto& [fact, value] : t.complete->absent) {
        if (ProfileOverrides(p, fact)) continue;
        p.facts[static_cast<size_t>(fact)].push_back(AbsentEntry(t, value, p.primary_group));
      }
    }
  }
}

}  // namespace workrights
