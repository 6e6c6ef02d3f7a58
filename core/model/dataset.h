#pragma once
// A dataset: the fact catalogue and every country profile, loaded and validated, with its content hash.
#include <string>
#include <vector>

#include "core/base/diagnostics.h"
#include "core/model/cross_country_table.h"
#include "core/model/fact_catalogue.h"
#include "core/model/profile.h"

namespace workrights {

struct Dataset {
  FactCatalogue catalogue;
  std::vector<CountryProfile> countries;  ///< sorted by ISO3 code
  std::string hash;                       ///< SHA-256 over the catalogue and profile files
  std::string root;                       ///< the data folder
  std::vector<CrossCountryTable> tables;  ///< data/tables/*.json, sorted by id; already merged into `countries`
  /// Doubts that do not stop a load (a mirror cited as the original, an invented-looking day, a profile that
  /// repeats or contradicts a table); `workrights check` prints them.
  Diagnostics warnings;

  const CountryProfile* Find(const std::string& iso3) const;
  std::vector<std::string> Codes() const;
};

}  // namespace workrights
