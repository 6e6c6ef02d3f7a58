#pragma once
// One country's legal and policy profile: its sources and its facts, each fact tied to the sources that say it.
#include <optional>
#include <string>
#include <vector>

#include "core/base/date.h"
#include "core/model/distribution.h"
#include "core/model/fact_catalogue.h"
#include "core/model/fact_value.h"

namespace workrights {

struct Source {
  std::string id;
  std::string title;
  std::string publisher;
  std::string url;
  std::optional<Date> date;      ///< publication date; absent when the page shows none
  std::optional<Date> accessed;  ///< the day it was read; required when `date` is absent
};

/// "2024-05-01", or "undated, accessed 2026-11-23" for a page that shows no publication date.
std::string SourceDateText(const Source& source);

/// One stated value of a fact, for one group, from a date on.
struct FactEntry {
  FactValue value;
  std::vector<std::string> sources;  ///< ids of the profile's sources
  std::string quote, locator, note;
  GroupId group = 0;
  std::optional<Date> valid_from;
  std::optional<int> year;
  std::optional<Distribution> uncertainty;
  std::string pointer;  ///< JSON pointer of the entry in its file, for messages
  bool inferred = false;  ///< read from a source's silence or a general statement: lower confidence (note says why)
  std::string table;    ///< the cross-country table it comes from ("ilo-c087"); empty for a profile's own entry
  std::string override_reason;  ///< a profile entry that replaces a table's value says why
};

struct CountryProfile {
  std::string iso3;
  std::string name;
  Date as_of;
  GroupId primary_group = 0;
  std::vector<Source> sources;
  /// Entries per fact, indexed by FactId; an empty vector means the fact is unknown.
  std::vector<std::vector<FactEntry>> facts;
  std::string file;

  const Source* FindSource(const std::string& id) const;
  /// The entry in force for `group` at `at` (latest valid_from on or before it; nullopt date = latest of all),
  /// or nullptr when unknown.
  const FactEntry* Resolve(FactId fact, GroupId group, const std::optional<Date>& at) const;
  size_t KnownFactCount() const;
};

}  // namespace workrights
