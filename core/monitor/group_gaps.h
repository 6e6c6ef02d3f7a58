#pragma once
// The gaps between legal-status groups in one assessment (assess --group all): for each country assessed for
// several groups, each other group against the country's primary group — the scores that differ and the facts
// that make them differ.
#include <vector>

#include "core/monitor/assessment_diff.h"

namespace workrights {

struct GroupGap {
  std::string against;  ///< the primary group the other is compared with
  CountryDiff diff;     ///< "before" = the primary group, "after" = the other group
};

/// In assessment order; empty when every country was assessed for one group only.
std::vector<GroupGap> GroupGaps(const Assessment& assessment);

}  // namespace workrights
