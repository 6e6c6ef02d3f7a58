#include "core/rules/rule.h"

namespace workrights {

std::string_view DimensionName(Dimension d) { return d == Dimension::kDeJure ? "de_jure" : "de_facto"; }

std::string_view AggregationName(Aggregation a) {
  return a == Aggregation::kArithmetic ? "arithmetic" : "geometric";
}

std::string_view IndicatorCombineName(IndicatorCombine c) { return c == IndicatorCombine::kMin ? "min" : "mean"; }

int PackInfo::FindRule(const std::string& id) const {
  for (size_t i = 0; i < rules.size(); ++i) {
    if (rules[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

std::vector<std::string> PackInfo::RuleIds() const {
  std::vector<std::string> out;
  for (const auto& r : rules) out.push_back(r.id);
  return out;
}

}  // namespace workrights
