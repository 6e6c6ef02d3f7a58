#include <algorithm>

#include "core/model/iso3166.h"

namespace workrights {

std::string_view IsoCountryName(std::string_view alpha3) {
  const auto& all = IsoCountries();
  auto it = std::lower_bound(all.begin(), all.end(), alpha3,
                             [](const CountryCode& c, std::string_view code) { return c.alpha3 < code; });
  return (it != all.end() && it->alpha3 == alpha3) ? it->name : std::string_view();
}

}  // namespace workrights
