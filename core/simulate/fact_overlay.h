#pragma once
// One country's facts in one run: its point view with some entries replaced (a sampled value, a pledge's
// change). The overlay owns the replacing entries; the rest point into the profile.
#include <deque>
#include <vector>

#include "core/model/fact_view.h"
#include "core/simulate/scenario.h"

namespace workrights {

struct FactOverlay {
  FactView view;
  std::deque<FactEntry> owned;  // deque: pointers stay valid as entries are added
  std::vector<FactId> changed;  ///< the facts set, in order (a fact may repeat)

  /// Sets `fact` of `group` to `value` in this overlay.
  void Set(FactId fact, GroupId group, FactValue value);
};

/// Applies one pledge change with this run's value (set) or amount (add, scale). Adding to or scaling an unknown
/// number leaves it unknown.
void ApplyChange(const FactChange& change, const FactValue& value, FactOverlay& overlay);

}  // namespace workrights
