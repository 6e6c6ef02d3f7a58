#include "core/monitor/group_gaps.h"

namespace workrights {

std::vector<GroupGap> GroupGaps(const Assessment& a) {
  std::vector<GroupGap> out;
  for (const auto& c : a.countries) {
    if (c.view.group == c.profile->primary_group) continue;
    for (const auto& primary : a.countries) {
      if (primary.profile == c.profile && primary.view.group == c.profile->primary_group) {
        out.push_back({a.dataset->catalogue.GroupName(primary.view.group), DiffCountry(a, primary, a, c)});
      }
    }
  }
  return out;
}

}  // namespace workrights
