#pragma once
// The assumptions a sensitivity analysis of the ranking varies, one input group each: every domain weight
// (within the scenario's range for it, else +-20% of the pack's), the balance of law and practice (every
// domain's law_share moved by the same amount, within +-0.2), every rule weight the scenario gives a range, and
// whether each uncertain pledge is implemented (a pledge in effect with a probability strictly between 0 and 1),
// and where each country's score lies within what its unknown facts allow (UnknownFactsInputs).
// A row of the design gives each input a number u in [0, 1); Value() turns it into the assumption's value.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/assess/assessment.h"
#include "core/rules/rule.h"
#include "core/simulate/scenario.h"

namespace workrights {

enum class SensitivityInputKind {
  kDomainWeight,
  kLawShare,
  kRuleWeight,
  kPledge,
  kUnknownFacts,
  kUncertainFact,       ///< simulate: one of the scenario's uncertain_facts
  kProfileUncertainty,  ///< simulate: the ranges the profiles themselves give their facts
};

/// How the countries' unknown facts enter an analysis: one input group per country with an interval (which
/// country's unknowns move the list), one group for all of them together (each country still its own number,
/// the group's index is their joint effect), or not at all (every rule at the middle of its bounds).
enum class UnknownsMode { kPerCountry, kGrouped, kOff };

struct SensitivityInput {
  SensitivityInputKind kind = SensitivityInputKind::kDomainWeight;
  /// stable: "weight.right_to_work", "law_share", "rule_weight.<rule>", "pledge.<pledge>", "unknowns.<ISO3>",
  /// "unknowns" (every country's, grouped)
  std::string id;
  std::string label;  ///< in words, for tables and the reading
  int index = -1;     ///< the domain, rule or pledge
  /// The range (a weight, or the shift of law_share); a pledge: 0 and 1; one country's unknown facts: its
  /// overall score's interval (what u = 0 and u = 1 give under the pack's weights); grouped unknowns: 0 and 1.
  double low = 0, high = 0;
  double probability = 0;              ///< a pledge: the chance it is implemented
  std::vector<std::string> countries;  ///< unknown facts: the countries placed (ISO3), one design column each;
                                       ///< profile uncertainty: the countries whose profiles give ranges
  /// A pledge in a simulation: whether its implementation is uncertain (the group's first column decides it),
  /// and its changes whose value is a distribution (one column each, after it). A rank pledge: true, none.
  bool uncertain_implementation = true;
  std::vector<size_t> value_changes;
  /// Profile uncertainty: the most ranged facts one country has; the k-th ranged fact of every country takes
  /// column k (each country's score reads only its own facts, so sharing columns between countries changes no
  /// country's indices and keeps the design small).
  size_t profile_slots = 0;

  /// The input's value for u in [0, 1): uniform in [low, high]; a pledge: 1 (implemented) when u < probability
  /// (always 1 when its implementation is not uncertain);
  /// unknown facts: u itself, the place within each rule's bounds (lower + u (upper - lower)).
  double Value(double u) const;
  /// Whether the input can change `iso3`'s scores: a pledge only those of the countries it covers, unknown
  /// facts only those of the countries they place, an uncertain fact those it covers, profile uncertainty
  /// those of `countries`.
  bool Touches(const Scenario& scenario, const std::string& iso3) const;
  /// The design columns the input takes: one per country for unknown facts, a pledge's as above,
  /// profile_slots for profile uncertainty, else one.
  size_t Columns() const;
};

struct InputRanges {
  double weight_share = 0.2;      ///< a domain weight without a scenario range moves by this share, down and up
  double law_share_shift = 0.2;   ///< every law_share moves by up to this, down and up (kept within [0, 1])
};

/// The inputs for ranking `pack` under `scenario` (the baseline when it has no pledges), in a fixed order:
/// domain weights, the law share, rule weights, pledges.
std::vector<SensitivityInput> SensitivityInputs(const PackInfo& pack, const Scenario& scenario,
                                                const InputRanges& ranges);

/// The unknown-facts inputs for the countries of `point` whose overall score has an interval (lower < upper),
/// in the point's order: one per country, one for all, or none, as `mode` says.
std::vector<SensitivityInput> UnknownFactsInputs(const Assessment& point, UnknownsMode mode);

/// "per-country", "grouped", "off"; ParseUnknownsMode returns nullopt for anything else.
std::string_view UnknownsModeName(UnknownsMode mode);
std::optional<UnknownsMode> ParseUnknownsMode(std::string_view name);

}  // namespace workrights
