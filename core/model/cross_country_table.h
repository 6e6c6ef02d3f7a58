#pragma once
// A cross-country table: one authoritative list that answers one or more facts for many countries at once
// (ILO ratifications of a convention, UN treaty status, UNHCR population statistics), with the list's sources
// and, per row, the country, the values, the date from which they hold and the quote or locator. Tables live in
// data/tables/ and are merged into the profiles at load time (core/load/table_loader).
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/base/date.h"
#include "core/model/fact_catalogue.h"
#include "core/model/fact_value.h"
#include "core/model/profile.h"

namespace workrights {

struct TableRow {
  std::string country;  ///< ISO3
  std::vector<std::pair<FactId, FactValue>> values;  ///< the columns the row gives, in table column order
  std::vector<std::string> sources;  ///< ids among the table's sources; the table's first source when absent
  std::optional<Date> valid_from;
  std::optional<int> year;
  std::string quote, locator, note;
  bool inferred = false;
  std::string pointer;  ///< JSON pointer of the row, for messages
};

/// A list's statement about the countries it does not name: when the list is complete, their absence is a fact
/// too (not ratified), read from the list's silence and so marked inferred.
struct TableCompleteness {
  std::vector<std::pair<FactId, FactValue>> absent;  ///< the value each column takes for a country not listed
  std::string note;                                  ///< what makes the list complete, and as of when
  /// Countries the list does not speak for (a territory whose treaties another State reports, such as Hong Kong
  /// under China's ILO declarations), each with the reason: their absence is not the absent value, but unknown.
  std::vector<std::pair<std::string, std::string>> not_covered;
};

struct CrossCountryTable {
  std::string id;     ///< the file's stem: "ilo-c087"
  std::string title;
  std::string file;
  std::vector<std::pair<std::string, FactId>> columns;  ///< row key -> fact it states
  std::vector<Source> sources;  ///< the list itself first
  std::optional<TableCompleteness> complete;
  std::vector<TableRow> rows;

  /// The id a table source takes inside a profile, so it cannot collide with the profile's own: "ilo-c087:normlex".
  std::string SourceIdInProfile(const std::string& source_id) const { return id + ":" + source_id; }
};

}  // namespace workrights
