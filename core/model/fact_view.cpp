#include "core/model/fact_view.h"

namespace workrights {

const FactEntry* FactView::Get(FactId fact, GroupId g) const {
  if (g == group) return Get(fact);
  for (const auto& o : other_groups) {
    if (o.fact == fact && o.group == g) return o.entry;
  }
  return profile->Resolve(fact, g, as_of);
}

FactView MakeFactView(const CountryProfile& profile, const std::optional<Date>& as_of, std::optional<GroupId> group) {
  FactView v;
  v.profile = &profile;
  v.group = group.value_or(profile.primary_group);
  v.as_of = as_of;
  v.facts.resize(profile.facts.size());
  for (size_t f = 0; f < profile.facts.size(); ++f) {
    v.facts[f] = profile.Resolve(static_cast<FactId>(f), v.group, as_of);
  }
  return v;
}

}  // namespace workrights
