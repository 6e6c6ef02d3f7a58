#pragma once
// What one rule evaluation sees of a country: the fact entries in force for one group at one date.
// Scenarios build views whose entries point at changed values, without copying the profile.
#include <optional>
#include <vector>

#include "core/base/date.h"
#include "core/model/profile.h"

namespace workrights {

struct FactOverride {
  FactId fact;
  GroupId group;
  const FactEntry* entry;  ///< nullptr makes the fact unknown
};

struct FactView {
  const CountryProfile* profile = nullptr;
  GroupId group = 0;
  std::optional<Date> as_of;
  std::vector<const FactEntry*> facts;  ///< by FactId, for `group`; nullptr = unknown
  std::vector<FactOverride> other_groups;  ///< changes to facts of other groups

  const FactEntry* Get(FactId fact) const { return facts[static_cast<size_t>(fact)]; }
  const FactEntry* Get(FactId fact, GroupId g) const;
};

/// The view of `profile` for `group` (nullopt = its primary group) at `as_of` (nullopt = the latest entries).
/// Rules read the assessed group's entries; country-wide facts read the same for every group.
FactView MakeFactView(const CountryProfile& profile, const std::optional<Date>& as_of,
                      std::optional<GroupId> group = std::nullopt);

}  // namespace workrights
