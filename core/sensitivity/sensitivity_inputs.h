#pragma once
// The assumptions a sensitivity analysis of the ranking varies, one input group each: every domain weight
// (within the scenario's range for it, else +-20% of the pack's), the balance of law and practice (every
// domain's law_share moved by the same amount, within +-0.2), every rule weight the scenario gives a range, and
// whether each uncertain pledge is implemented (a pledge in effect with a probability strictly between 0 and 1).
// A row of the design gives each input a number u in [0, 1); Value() turns it into the assumption's value.
#include <string>
#include <vector>

#include "core/rules/rule.h"
#include "core/simulate/scenario.h"

namespace workrights {

enum class SensitivityInputKind { kDomainWeight, kLawShare, kRuleWeight, kPledge };

struct SensitivityInput {
  SensitivityInputKind kind = SensitivityInputKind::kDomainWeight;
  std::string id;     ///< stable: "weight.right_to_work", "law_share", "rule_weight.<rule>", "pledge.<pledge>"
  std::string label;  ///< in words, for tables and the reading
  int index = -1;     ///< the domain, rule or pledge
  double low = 0, high = 0;  ///< the range (a weight, or the shift of law_share); a pledge: 0 and 1
  double probability = 0;    ///< a pledge: the chance it is implemented

  /// The input's value for u in [0, 1): uniform in [low, high]; a pledge: 1 (implemented) when u < probability.
  double Value(double u) const;
  /// Whether the input can change `iso3`'s scores: a pledge only those of the countries it covers.
  bool Touches(const Scenario& scenario, const std::string& iso3) const;
};

struct InputRanges {
  double weight_share = 0.2;      ///< a domain weight without a scenario range moves by this share, down and up
  double law_share_shift = 0.2;   ///< every law_share moves by up to this, down and up (kept within [0, 1])
};

/// The inputs for ranking `pack` under `scenario` (the baseline when it has no pledges), in a fixed order:
/// domain weights, the law share, rule weights, pledges.
std::vector<SensitivityInput> SensitivityInputs(const PackInfo& pack, const Scenario& scenario,
                                                const InputRanges& ranges);

}  // namespace workrights
