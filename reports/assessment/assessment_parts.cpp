#include "reports/assessment/assessment_parts.h"

#include "reports/assessment/headline_table.h"
#include "reports/format/words.h"

#include <algorithm>

namespace workrights::assessment_parts {

std::vector<const CountryAssessment*> ByOverall(const Assessment& a) {
  // The headline table's order (overall point figure, highest first), so every format lists countries alike.
  std::vector<const CountryAssessment*> out;
  for (const HeadlineRow& r : HeadlineRows(a)) out.push_back(r.country);
  return out;
}

std::vector<const CountryAssessment*> ByName(const Assessment& a) {
  std::vector<const CountryAssessment*> out;
  for (const auto& c : a.countries) out.push_back(&c);
  std::stable_sort(out.begin(), out.end(), [](const CountryAssessment* x, const CountryAssessment* y) {
    return x->profile->name < y->profile->name;
  });
  return out;
}

std::string UnknownWhy(const RuleResult& res, const FactCatalogue& cat) {
  std::string why = "not stated:";
  for (size_t i = 0; i < res.missing.size(); ++i) why += (i ? ", " : " ") + FactWords(cat, res.missing[i]);
  if (!res.bound_note.empty()) why += " (bounds [0, 1]: " + res.bound_note + ")";
  return why;
}

std::vector<FactId> InferredFacts(const RuleResult& res) {
  std::vector<FactId> out;
  for (const auto& read : res.reads) {
    if (!read.entry || !read.entry->inferred) continue;
    if (std::find(out.begin(), out.end(), read.fact) == out.end()) out.push_back(read.fact);
  }
  return out;
}

std::string SectionName(const CountryAssessment& c, const FactCatalogue& cat) {
  std::string name = c.profile->name + " (" + c.profile->iso3 + ")";
  if (c.view.group != c.profile->primary_group) name += " — " + cat.GroupName(c.view.group);
  return name;
}

std::string Anchor(const CountryAssessment& c, const FactCatalogue& cat) {
  return c.view.group == c.profile->primary_group ? c.profile->iso3 : c.profile->iso3 + "-" + cat.GroupName(c.view.group);
}

std::string Title(const Assessment& a) {
  return "Refugees' right to work, labour rights and social protection" +
         std::string(a.as_of ? " on " + a.as_of->ToString() : "");
}

}  // namespace workrights::assessment_parts
