#include "core/sensitivity/sensitivity_inputs.h"

#include <algorithm>

namespace workrights {
namespace {

std::string CountriesOf(const Pledge& p) {
  if (p.countries.empty()) return "every country";
  std::string s;
  for (const auto& c : p.countries) s += (s.empty() ? "" : ", ") + c;
  return s;
}

// The scenario's range for a domain or rule weight, if it gives one.
const WeightRange* RangeOf(const Scenario& scenario, bool domain, int index) {
  for (const auto& w : scenario.weights) {
    if (w.domain == domain && w.index == index) return &w;
  }
  return nullptr;
}

}  // namespace

double SensitivityInput::Value(double u) const {
  if (kind == SensitivityInputKind::kPledge) return !uncertain_implementation || u < probability ? 1 : 0;
  if (kind == SensitivityInputKind::kUnknownFacts) return u;
  return low + (high - low) * u;
}

bool SensitivityInput::Touches(const Scenario& scenario, const std::string& iso3) const {
  switch (kind) {
    case SensitivityInputKind::kUnknownFacts:
    case SensitivityInputKind::kProfileUncertainty:
      return std::find(countries.begin(), countries.end(), iso3) != countries.end();
    case SensitivityInputKind::kPledge: return scenario.pledges[static_cast<size_t>(index)].Covers(iso3);
    case SensitivityInputKind::kUncertainFact: {
      const auto& listed = scenario.uncertain[static_cast<size_t>(index)].countries;
      return listed.empty() || std::find(listed.begin(), listed.end(), iso3) != listed.end();
    }
    default: return true;
  }
}

size_t SensitivityInput::Columns() const {
  switch (kind) {
    case SensitivityInputKind::kUnknownFacts: return countries.size();
    case SensitivityInputKind::kPledge: return (uncertain_implementation ? 1 : 0) + value_changes.size();
    case SensitivityInputKind::kProfileUncertainty: return profile_slots;
    default: return 1;
  }
}

std::vector<SensitivityInput> SensitivityInputs(const PackInfo& pack, const Scenario& scenario,
                                                const InputRanges& ranges) {
  std::vector<SensitivityInput> inputs;
  for (size_t d = 0; d < pack.domains.size(); ++d) {
    const DomainInfo& dom = pack.domains[d];
    SensitivityInput in;
    in.kind = SensitivityInputKind::kDomainWeight;
    in.id = "weight." + dom.id;
    in.index = static_cast<int>(d);
    const WeightRange* range = RangeOf(scenario, true, in.index);
    in.low = range ? range->min : dom.weight * (1 - ranges.weight_share);
    in.high = range ? range->max : dom.weight * (1 + ranges.weight_share);
    in.label = "the weight of " + dom.title;
    inputs.push_back(in);
  }
  SensitivityInput law;
  law.kind = SensitivityInputKind::kLawShare;
  law.id = "law_share";
  law.low = -ranges.law_share_shift;
  law.high = ranges.law_share_shift;
  law.label = "the balance of law and practice";
  inputs.push_back(law);
  for (size_t r = 0; r < pack.rules.size(); ++r) {
    const WeightRange* range = RangeOf(scenario, false, static_cast<int>(r));
    if (!range) continue;
    SensitivityInput in;
    in.kind = SensitivityInputKind::kRuleWeight;
    in.id = "rule_weight." + pack.rules[r].id;
    in.index = static_cast<int>(r);
    in.low = range->min;
    in.high = range->max;
    in.label = "the weight of the rule " + pack.rules[r].title;
    inputs.push_back(in);
  }
  for (size_t p = 0; p < scenario.pledges.size(); ++p) {
    const Pledge& pledge = scenario.pledges[p];
    if (!(pledge.effective <= scenario.as_of) || !(pledge.probability > 0 && pledge.probability < 1)) continue;
    SensitivityInput in;
    in.kind = SensitivityInputKind::kPledge;
    in.id = "pledge." + pledge.id;
    in.index = static_cast<int>(p);
    in.high = 1;
    in.probability = pledge.probability;
    in.label = "whether the pledge \"" + pledge.title + "\" (" + CountriesOf(pledge) + ") is implemented";
    inputs.push_back(in);
  }
  return inputs;
}

std::vector<SensitivityInput> UnknownFactsInputs(const Assessment& point, UnknownsMode mode) {
  std::vector<SensitivityInput> inputs;
  if (mode == UnknownsMode::kOff) return inputs;
  SensitivityInput all;
  all.kind = SensitivityInputKind::kUnknownFacts;
  all.id = "unknowns";
  all.high = 1;
  for (const CountryAssessment& ca : point.countries) {
    if (!ca.overall || !(ca.overall->upper > ca.overall->lower)) continue;  // exact, or no score at all
    if (mode == UnknownsMode::kGrouped) {
      all.countries.push_back(ca.profile->iso3);
      continue;
    }
    SensitivityInput in;
    in.kind = SensitivityInputKind::kUnknownFacts;
    in.id = "unknowns." + ca.profile->iso3;
    in.low = ca.overall->lower;
    in.high = ca.overall->upper;
    in.countries = {ca.profile->iso3};
    in.label = "what is unknown about " + ca.profile->name;
    inputs.push_back(in);
  }
  if (mode == UnknownsMode::kGrouped && !all.countries.empty()) {
    const size_t n = all.countries.size();
    all.label = "what is unknown about the " + std::to_string(n) + (n == 1 ? " country" : " countries") +
                " with a score interval";
    inputs.push_back(all);
  }
  return inputs;
}

std::string_view UnknownsModeName(UnknownsMode mode) {
  switch (mode) {
    case UnknownsMode::kPerCountry: return "per-country";
    case UnknownsMode::kGrouped: return "grouped";
    case UnknownsMode::kOff: return "off";
  }
  return "";
}

std::optional<UnknownsMode> ParseUnknownsMode(std::string_view name) {
  for (UnknownsMode m : {UnknownsMode::kPerCountry, UnknownsMode::kGrouped, UnknownsMode::kOff}) {
    if (UnknownsModeName(m) == name) return m;
  }
  return std::nullopt;
}

}  // namespace workrights
