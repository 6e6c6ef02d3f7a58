#include "core/model/profile.h"

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

size_t CountryProfile::KnownFactCount() const {
  size_t n = 0;
  for (const auto& f : facts) n += f.empty() ? 0 : 1;
  return n;
}

}  // namespace workrights
