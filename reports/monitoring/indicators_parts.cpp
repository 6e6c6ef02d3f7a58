#include "reports/monitoring/indicators_parts.h"

#include <algorithm>

#include "reports/format/joined.h"
#include "reports/format/score_format.h"

namespace workrights::indicators_parts {

std::string AsOf(const IndicatorReport& r) {
  return r.assessment->as_of ? r.assessment->as_of->ToString() : std::string("the latest entries");
}

namespace {

// "a, b (mean)": the rules as named, and how they combine.
std::string WithCombination(const std::vector<std::string>& names, const char* separator, const IndicatorPart& part) {
  return Joined(names, separator) + " (" + std::string(IndicatorCombineName(part.combine)) + ")";
}

}  // namespace

std::string RuleList(const IndicatorPart& part) { return WithCombination(part.rule_ids, ", ", part); }

std::string RuleTitles(const IndicatorPart& part, const PackInfo& pack) {
  std::vector<std::string> titles;
  for (const auto& id : part.rule_ids) {
    auto rule = std::find_if(pack.rules.begin(), pack.rules.end(), [&](const RuleInfo& r) { return r.id == id; });
    titles.push_back(rule == pack.rules.end() || rule->title.empty() ? id : rule->title);
  }
  return WithCombination(titles, "; ", part);
}

std::string FactList(const FactCatalogue& cat, const std::vector<FactId>& facts) {
  std::string out;
  for (FactId f : facts) out += (out.empty() ? "" : " + ") + cat.Get(f).path;
  return out;
}

std::string People(double people) {
  std::string digits = Fixed(people, 0), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace workrights::indicators_parts
