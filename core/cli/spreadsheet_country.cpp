#include "core/cli/spreadsheet_country.h"

#include <algorithm>
#include <cctype>

#include "core/base/diagnostics.h"
#include "core/base/spellcheck.h"
#include "core/model/iso3166.h"

namespace workrights::cli {

std::string CheckImportCountry(const Dataset& dataset, const std::string& country) {
  std::string code = country;
  std::transform(code.begin(), code.end(), code.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  if (dataset.Find(code) || !IsoCountryName(code).empty() || IsUserAssignedAlpha3(code)) return code;
  ThrowInputError(SourceLocation{}, "\"" + country + "\" is not an ISO 3166-1 alpha-3 country code",
                  DidYouMean(code, dataset.Codes()));
}

}  // namespace workrights::cli
