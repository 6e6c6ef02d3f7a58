#include "core/sensitivity/simulation_inputs.h"

#include <algorithm>
#include <cmath>

#include "core/simulate/random.h"

namespace workrights {
namespace {

std::string CountriesOf(const std::vector<std::string>& countries) {
  if (countries.empty()) return "every country";
  std::string s;
  for (const auto& c : countries) s += (s.empty() ? "" : ", ") + c;
  return s;
}

void AddPledges(const Scenario& scenario, std::vector<SensitivityInput>& inputs) {
  for (size_t p = 0; p < scenario.pledges.size(); ++p) {
    const Pledge& pledge = scenario.pledges[p];
    if (!(pledge.effective <= scenario.as_of) || !(pledge.probability > 0)) continue;
    SensitivityInput in;
    in.kind = SensitivityInputKind::kPledge;
    in.id = "pledge." + pledge.id;
    in.index = static_cast<int>(p);
    in.high = 1;
    in.probability = pledge.probability;
    in.uncertain_implementation = pledge.probability < 1;
    for (size_t k = 0; k < pledge.changes.size(); ++k) {
      if (pledge.changes[k].distribution) in.value_changes.push_back(k);
    }
    if (in.Columns() == 0) continue;  // certain, with certain values: not an uncertain input
    in.label = "the pledge \"" + pledge.title + "\" (" + CountriesOf(pledge.countries) + ")";
    inputs.push_back(in);
  }
}

void AddUncertainFacts(const Scenario& scenario, const FactCatalogue& catalogue,
                       std::vector<SensitivityInput>& inputs) {
  for (size_t u = 0; u < scenario.uncertain.size(); ++u) {
    const UncertainFact& f = scenario.uncertain[u];
    SensitivityInput in;
    in.kind = SensitivityInputKind::kUncertainFact;
    in.index = static_cast<int>(u);
    const std::string& path = catalogue.Get(f.fact).path;
    in.id = "uncertain." + path + (f.countries.empty() ? "" : "." + CountriesOf(f.countries));
    std::replace(in.id.begin(), in.id.end(), ' ', '_');
    // Words for advisers (the fact's label); the id keeps the path, for the JSON and CSV.
    in.label = "the value of " + catalogue.Get(f.fact).label + " (" + CountriesOf(f.countries) + ")";
    in.high = 1;
    inputs.push_back(in);
  }
}

}  // namespace

std::vector<FactId> RangedFacts(const FactView& view) {
  std::vector<FactId> ranged;
  for (size_t f = 0; f < view.facts.size(); ++f) {
    if (view.facts[f] && view.facts[f]->uncertainty) ranged.push_back(static_cast<FactId>(f));
  }
  return ranged;
}

FactValue QuantileOf(const Distribution& d, double u) {
  switch (d.kind) {
    case DistributionKind::kUniform: return d.min + (d.max - d.min) * u;
    case DistributionKind::kTriangular: {
      if (d.max <= d.min) return d.min;
      const double cut = (d.mode - d.min) / (d.max - d.min);
      if (u < cut) return d.min + std::sqrt(u * (d.max - d.min) * (d.mode - d.min));
      return d.max - std::sqrt((1 - u) * (d.max - d.min) * (d.max - d.mode));
    }
    case DistributionKind::kNormal: {
      const double a = NormalCdf((d.min - d.mean) / d.sd), b = NormalCdf((d.max - d.mean) / d.sd);
      const double p = std::clamp(a + (b - a) * u, 1e-300, 1 - 1e-16);
      return std::clamp(d.mean + d.sd * NormalQuantile(p), d.min, d.max);
    }
    case DistributionKind::kCategorical: {
      double cumulative = 0;
      for (const auto& [value, p] : d.choices) {
        cumulative += p;
        if (u < cumulative) return value;
      }
      return d.choices.back().first;
    }
  }
  return 0.0;
}

std::vector<SensitivityInput> SimulationSensitivityInputs(const PackInfo& pack, const Scenario& scenario,
                                                          const Assessment& point, const InputRanges& ranges) {
  // The ranking's weight inputs: the scenario's ranges replace the ±share of the domains they name and add
  // rule weights. Its pledges are made here, with their values.
  Scenario weights_only;
  weights_only.weights = scenario.weights;
  weights_only.as_of = scenario.as_of;
  std::vector<SensitivityInput> inputs = SensitivityInputs(pack, weights_only, ranges);
  AddPledges(scenario, inputs);
  AddUncertainFacts(scenario, point.dataset->catalogue, inputs);
  SensitivityInput profiles;
  profiles.kind = SensitivityInputKind::kProfileUncertainty;
  profiles.id = "profile_ranges";
  profiles.high = 1;
  for (const CountryAssessment& ca : point.countries) {
    const size_t n = RangedFacts(ca.view).size();
    if (n == 0) continue;
    profiles.countries.push_back(ca.profile->iso3);
    profiles.profile_slots = std::max(profiles.profile_slots, n);
  }
  if (profiles.profile_slots > 0) {
    profiles.label = "the ranges the profiles give their facts";
    inputs.push_back(profiles);
  }
  return inputs;
}

}  // namespace workrights
