#pragma once
// ISO 3166-1 alpha-3 country codes, so a typo such as "JRD" is caught instead of becoming a new country.
#include <string_view>
#include <vector>

namespace workrights {

struct CountryCode {
  std::string_view alpha3;
  std::string_view name;
};

/// All ISO 3166-1 countries, sorted by alpha-3 code.
const std::vector<CountryCode>& IsoCountries();

/// The country's ISO name, or "" when `alpha3` is not an ISO 3166-1 alpha-3 code.
std::string_view IsoCountryName(std::string_view alpha3);

/// The alpha-3 code whose ISO name is `name` (ignoring ASCII case), or "" when none is.
std::string_view IsoCodeOfName(std::string_view name);

/// True for the codes ISO 3166-1 leaves to users (AAA-AAZ, QMA-QZZ, XAA-XZZ, ZZA-ZZZ), such as XKX, which UN
/// agencies use for Kosovo, and the codes of synthetic benchmark datasets.
bool IsUserAssignedAlpha3(std::string_view code);

}  // namespace workrights
