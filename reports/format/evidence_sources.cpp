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

std::set<std::string> CitedSourceIds(const CountryAssessment& c) {
  std::set<std::string> cited;
  for (const auto& res : c.results) {
    for (const auto& read : res.reads) {
      if (read.entry) cited.insert(read.entry->sources.begin(), read.entry->sources.end());
    }
  }
  for (const FactBreakdown* b : c.profile->BreakdownsInForce(c.view.group, c.view.as_of)) {
    cited.insert(b->entry.sources.begin(), b->entry.sources.end());
  }
  return cited;
}

}  // namespace workrights
