#pragma once
// One country's legal and policy profile: its sources and its facts, each fact tied to the sources that say it.
#include <optional>
#include <string>
#include <vector>

#include "core/base/date.h"
#include "core/model/distribution.h"
#include "core/model/fact_catalogue.h"
#include "core/model/fact_value.h"
#include "core/model/population_part.h"

namespace workrights {

struct Source {
  std::string id;
  std::string title;
  std::string publisher;
  std::string url;                   ///< the original: where its publisher puts it
  std::optional<PartialDate> date;   ///< publication date as precise as the source gives it; absent when it shows none
  std::optional<Date> accessed;      ///< the day it was read; required when `date` is absent
  /// Where the text was actually read when the original could not be (a mirror, a document-sharing site, an
  /// archive capture); empty when it was read at `url`. Title, publisher and url still name the original.
  std::string copy_url;
  std::string copy_note;  ///< why or how the copy was used; only with copy_url
  std::string pointer;    ///< JSON pointer of the source in its file, for messages
};

/// "2024-05-01", "2024-05" or "2024" as the source gives it, or "undated, accessed 2026-11-23" for a page that
/// shows no publication date.
std::string SourceDateText(const Source& source);

/// "read in a copy at https://... (note)", or "" when the source was read at its own url.
std::string SourceCopyText(const Source& source);

/// One stated value of a fact, for one group, from a date on.
struct FactEntry {
  FactValue value;
  std::vector<std::string> sources;  ///< ids of the profile's sources
  std::string quote, locator, note;
  /// The value is read from the source's silence or from a general statement rather than stated outright; the
  /// reasoning is in `note`. Reports show it as lower confidence.
  bool inferred = false;
  GroupId group = 0;
  PopulationPart part;  ///< whole group unless the entry is about women, men or an age band of it
  std::optional<Date> valid_from;
  std::optional<int> year;
  std::optional<Distribution> uncertainty;
  std::string pointer;  ///< JSON pointer of the entry in its file, for messages
  std::string table;    ///< the cross-country table it comes from ("ilo-c087"); empty for a profile's own entry
  std::string override_reason;  ///< a profile entry that replaces a table's value says why
};

/// An entry about a part of a group (by sex or age). Kept apart from `facts`, so scores, coverage and rules only
/// ever read entries about the whole group; reports show the parts beside them.
struct FactBreakdown {
  FactId fact = -1;
  FactEntry entry;
};

struct CountryProfile {
  std::string iso3;
  std::string name;
  Date as_of;
  GroupId primary_group = 0;
  std::vector<Source> sources;
  /// Entries per fact, indexed by FactId; an empty vector means the fact is unknown.
  std::vector<std::vector<FactEntry>> facts;
  /// Per fact, whether it may differ by group (the catalogue's by_group). A country-wide fact (a treaty, a
  /// population count) reads the same whichever group is assessed; a by-group fact only for its own group.
  std::vector<bool> by_group;
  std::vector<FactBreakdown> breakdowns;  ///< in file order
  std::string file;

  const Source* FindSource(const std::string& id) const;
  /// The entry in force for `group` at `at` (latest valid_from on or before it; nullopt date = latest of all),
  /// or nullptr when unknown. A country-wide fact is stated once, so any group reads that entry.
  const FactEntry* Resolve(FactId fact, GroupId group, const std::optional<Date>& at) const;
  size_t KnownFactCount() const;
  /// For `group` at `at`, the breakdown entry in force per fact and part (latest valid_from on or before `at`),
  /// ordered by fact, then by the part's order in the file.
  std::vector<const FactBreakdown*> BreakdownsInForce(GroupId group, const std::optional<Date>& at) const;
};

}  // namespace workrights
