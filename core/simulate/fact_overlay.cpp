#include "core/simulate/fact_overlay.h"

namespace workrights {

void FactOverlay::Set(FactId fact, GroupId group, FactValue value) {
  FactEntry e;
  e.value = std::move(value);
  e.group = group;
  owned.push_back(std::move(e));
  const FactEntry* p = &owned.back();
  if (group == view.group) {
    view.facts[static_cast<size_t>(fact)] = p;
  } else {
    bool replaced = false;
    for (auto& o : view.other_groups) {
      if (o.fact == fact && o.group == group) {
        o.entry = p;
        replaced = true;
      }
    }
    if (!replaced) view.other_groups.push_back({fact, group, p});
  }
  changed.push_back(fact);
}

void ApplyChange(const FactChange& ch, const FactValue& value, FactOverlay& o) {
  GroupId group = ch.group.value_or(o.view.group);
  if (ch.op == ChangeOp::kSet) {
    o.Set(ch.fact, group, value);
    return;
  }
  double amount = std::get<double>(value);
  const FactEntry* current = o.view.Get(ch.fact, group);
  if (!current) return;
  double base = std::get<double>(current->value);
  o.Set(ch.fact, group, ch.op == ChangeOp::kAdd ? base + amount : base * amount);
}

}  // namespace workrights
