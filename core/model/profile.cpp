#include "core/model/profile.h"

#include <algorithm>

namespace workrights {

std::string SourceDateText(const Source& source) {
  if (source.date) return source.date->ToString();
  return source.accessed ? "undated, accessed " + source.accessed->ToString() : std::string("undated");
}

std::string SourceCopyText(const Source& source) {
  if (source.copy_url.empty()) return "";
  std::string out = "read in a copy at " + source.copy_url;
  if (!source.copy_note.empty()) out += " (" + source.copy_note + ")";
  return out;
}

const Source* CountryProfile::FindSource(const std::string& id) const {
  for (const auto& s : sources) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

const FactEntry* CountryProfile::Resolve(FactId fact, GroupId group, const std::optional<Date>& at) const {
  const FactEntry* best = nullptr;
  const size_t f = static_cast<size_t>(fact);
  if (f < by_group.size() && !by_group[f]) group = primary_group;
  for (const auto& e : facts[f]) {
    if (e.group != group) continue;
    if (at && e.valid_from && *e.valid_from > *at) continue;
    // An entry without valid_from holds from the beginning, so any dated entry supersedes it.
    if (!best || (e.valid_from && (!best->valid_from || *e.valid_from > *best->valid_from))) best = &e;
  }
  return best;
}

std::vector<const FactBreakdown*> CountryProfile::BreakdownsInForce(GroupId group,
                                                                   const std::optional<Date>& at) const {
  std::vector<const FactBreakdown*> out;
  for (const auto& b : breakdowns) {
    const FactEntry& e = b.entry;
    if (e.group != group || (at && e.valid_from && *e.valid_from > *at)) continue;
    auto same_part = [&](const FactBreakdown* o) { return o->fact == b.fact && o->entry.part == e.part; };
    auto found = std::find_if(out.begin(), out.end(), same_part);
    if (found == out.end()) {
      out.push_back(&b);
    } else if (e.valid_from && (!(*found)->entry.valid_from || *e.valid_from > *(*found)->entry.valid_from)) {
      *found = &b;  // the later entry supersedes, as in Resolve
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const FactBreakdown* a, const FactBreakdown* b) { return a->fact < b->fact; });
  return out;
}

size_t CountryProfile::KnownFactCount() const {
  size_t n = 0;
  for (const auto& f : facts) n += f.empty() ? 0 : 1;
  return n;
}

}  // namespace workrights
