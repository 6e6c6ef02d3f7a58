#include "reports/assessment/group_gaps_view.h"

#include "core/monitor/group_gaps.h"
#include "reports/format/words.h"
#include "reports/monitoring/diff_view.h"

namespace workrights {

nlohmann::json GroupGapsView(const Assessment& a) {
  nlohmann::json gaps = nlohmann::json::array();
  for (const auto& g : GroupGaps(a)) {
    nlohmann::json gap = CountryDiffView(g.diff);
    gap.update({{"name", g.diff.name}, {"iso3", g.diff.iso3}, {"group", GroupWords(g.diff.group)},
                {"against", GroupWords(g.against)}});
    gaps.push_back(gap);
  }
  return gaps;
}

}  // namespace workrights
