#include "reports/format/evidence_sources.h"

#include <set>
#include <string>

namespace workrights {

std::vector<const Source*> SourcesOf(const RuleResult& res, const CountryProfile& p) {
  std::vector<const Source*> out;
  std::set<std::string> seen;
  for (const auto& read : res.reads) {
    if (!read.entry) continue;
    for (const auto& id : read.entry->sources) {
      if (!seen.insert(id).second) continue;
      if (const Source* s = p.FindSource(id)) out.push_back(s);
    }
  }
  return out;
}

}  // namespace workrights
