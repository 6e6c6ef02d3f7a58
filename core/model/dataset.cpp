#include "core/model/dataset.h"

namespace workrights {

const CountryProfile* Dataset::Find(const std::string& iso3) const {
  for (const auto& c : countries) {
    if (c.iso3 == iso3) return &c;
  }
  return nullptr;
}

std::vector<std::string> Dataset::Codes() const {
  std::vector<std::string> out;
  for (const auto& c : countries) out.push_back(c.iso3);
  return out;
}

}  // namespace workrights
