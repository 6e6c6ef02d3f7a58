#include <algorithm>

#include "core/model/iso3166.h"

namespace workrights {

std::string_view IsoCountryName(std::string_view alpha3) {
  const auto& all = IsoCountries();
  auto it = std::lower_bound(all.begin(), all.end(), alpha3,
                             [](const CountryCode& c, std::string_view code) { return c.alpha3 < code; });
  return (it != all.end() && it->alpha3 == alpha3) ? it->name : std::string_view();
}

std::string_view IsoCodeOfName(std::string_view name) {
  auto lower = [](char ch) { return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch; };
  auto same = [&](std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [&](char x, char y) { return lower(x) == lower(y); });
  };
  for (const auto& c : IsoCountries()) {
    if (same(c.name, name)) return c.alpha3;
  }
  return {};
}

}  // namespace workrights
