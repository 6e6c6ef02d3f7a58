#include "reports/format/words.h"

#include <algorithm>

namespace workrights {

std::string_view DimensionWords(Dimension d) { return d == Dimension::kDeJure ? "in law" : "in practice"; }

std::string GroupWords(std::string id) {
  std::replace(id.begin(), id.end(), '_', ' ');
  return id;
}

std::string GroupWords(const FactCatalogue& cat, GroupId g) { return GroupWords(cat.GroupName(g)); }

}  // namespace workrights
