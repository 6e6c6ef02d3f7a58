#include "core/sensitivity/simulation_sensitivity.h"

#include <cmath>
#include <map>
#include <stdexcept>

#include "core/assess/evaluator.h"
#include "core/sensitivity/simulation_inputs.h"
#include "core/sensitivity/simulation_model.h"

namespace workrights {
namespace {

SaltelliDesign MakeSimulationDesign(const std::vector<SensitivityInput>& inputs, const SobolOptions& options) {
  std::vector<size_t> columns;
  for (const auto& in : inputs) columns.push_back(in.Columns());
  try {
    return SaltelliDesign(columns, options.samples, options.seed);
  } catch (const std::invalid_argument& e) {
    ThrowInputError(SourceLocation{}, std::string("--samples and the inputs: ") + e.what());
  }
}

// A total effect that exceeds the first-order index by this much says the input acts with others.
constexpr double kInteraction = 0.1;
// Countries named per input in the reading.
constexpr size_t kNamed = 5;

std::string Two(double v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", std::fabs(v) < 0.005 ? 0.0 : v);
  return buf;
}

/// The input with the largest total effect on `t`, if it varies.
std::optional<size_t> Largest(const TargetIndices& t) {
  if (!t.known || !(t.variance > 0)) return std::nullopt;
  std::optional<size_t> best;
  for (size_t i = 0; i < t.groups.size(); ++i) {
    const double v = t.groups[i].total.value;
    if (!std::isnan(v) && (!best || v > t.groups[*best].total.value)) best = i;
  }
  return best;
}

/// "the pledge ... for 3 countries (JOR 0.81, LBN 0.77, TUR 0.70)", largest input by largest input.
std::string Drivers(const SimulationSensitivity& s, bool effect, size_t& varying) {
  std::map<size_t, std::vector<std::pair<double, std::string>>> by_input;
  varying = 0;
  for (const auto& c : s.countries) {
    const TargetIndices& t = effect ? c.effect : c.overall;
    const std::optional<size_t> best = Largest(t);
    if (!best) continue;
    ++varying;
    by_input[*best].push_back({t.groups[*best].total.value, c.profile->iso3});
  }
  std::vector<std::pair<size_t, size_t>> order;  // (countries, input), most countries first
  for (auto& [input, countries] : by_input) {
    std::sort(countries.begin(), countries.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    order.push_back({countries.size(), input});
  }
  std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  std::string out;
  for (size_t k = 0; k < order.size(); ++k) {
    const auto& countries = by_input[order[k].second];
    std::string named;
    for (size_t i = 0; i < countries.size() && i < kNamed; ++i) {
      named += (named.empty() ? "" : ", ") + countries[i].second + " " + Two(countries[i].first);
    }
    if (countries.size() > kNamed) named += ", …";
    out += (k == 0 ? "" : k + 1 == order.size() ? " and " : "; ") + s.inputs[order[k].second].label + " for " +
           std::to_string(countries.size()) + (countries.size() == 1 ? " country (" : " countries (") + named + ")";
  }
  return out;
}

}  // namespace

std::string ReadSimulationSensitivity(const SimulationSensitivity& s) {
  size_t varying = 0, effect_varying = 0;
  const std::string overall = Drivers(s, false, varying);
  const std::string effect = Drivers(s, true, effect_varying);
  const std::string name = s.scenario ? "\"" + s.scenario->title + "\"" : "the scenario";
  if (varying == 0) {
    return "Under " + name + " no country's overall score varies with the inputs, so no index is estimated.";
  }
  std::string out = "Under " + name + " the overall score of " + std::to_string(varying) +
                    (varying == 1 ? " country" : " countries") + " varies across the " + std::to_string(s.runs) +
                    " runs. The input that explains most of that variation (its total effect) is " + overall + ".";
  if (effect_varying > 0) {
    out += " The scenario's effect on a score varies for " + std::to_string(effect_varying) +
           (effect_varying == 1 ? " country" : " countries") + "; it depends most on " + effect + ".";
  } else {
    out += " The scenario's effect on the scores does not vary.";
  }
  std::vector<std::string> together;
  for (const auto& c : s.countries) {
    if (!Largest(c.overall)) continue;
    double first = 0, total = 0;
    for (const auto& g : c.overall.groups) {
      if (!std::isnan(g.first.value)) first += g.first.value;
      if (!std::isnan(g.total.value)) total += g.total.value;
    }
    if (total - first > kInteraction) together.push_back(c.profile->iso3);
  }
  if (!together.empty()) {
    std::string names;
    for (size_t i = 0; i < together.size() && i < kNamed; ++i) names += (names.empty() ? "" : ", ") + together[i];
    if (together.size() > kNamed) names += " and " + std::to_string(together.size() - kNamed) + " other countries";
    out += " For " + names + " the inputs act together (their total effects exceed their first-order indices by more than " +
           Two(kInteraction) + "), so no single assumption accounts for the score alone.";
  }
  return out;
}

SimulationSensitivity SimulateSensitivity(const RulePack& pack, const Dataset& dataset, const Scenario& scenario,
                                          WorkerPool& pool, const SobolOptions& options) {
  if (options.samples < 2) ThrowInputError(SourceLocation{}, "--samples must be at least 2");
  SimulationSensitivity out;
  out.scenario = &scenario;
  out.options = options;
  AssessOptions assess_options;
  assess_options.as_of = scenario.as_of;
  const Assessment point = Assess(pack, dataset, pool, assess_options);
  out.inputs = SimulationSensitivityInputs(pack.info, scenario, point, options.ranges);
  const SaltelliDesign design = MakeSimulationDesign(out.inputs, options);
  CheckMemory(double(design.rows()) * double(point.countries.size()) * 2 * sizeof(double) +
                  2 * double(options.samples) * double(design.columns()) * sizeof(double),
              options.memory_limit_gib,
              "a sensitivity analysis of " + std::to_string(options.samples) + " samples and " +
                  std::to_string(out.inputs.size()) + " inputs",
              "use fewer --samples");
  const SimulationRuns runs =
      RunGuarded(pool.guard(), [&] { return RunSimulationModel(pack, point, scenario, out.inputs, design, pool); });
  out.runs = design.rows();
  out.rule_evaluations = runs.rule_evaluations;
  out.aggregations = runs.aggregations;
  out.reused = runs.reused;
  out.countries.resize(runs.countries.size());
  for (size_t c = 0; c < runs.countries.size(); ++c) out.countries[c].profile = runs.countries[c];
  const BootstrapPlan bootstrap(options.samples, options.bootstrap, options.seed, options.confidence);
  // Each target writes its own slot, so the result does not depend on the thread that ran it.
  pool.ParallelFor(2 * runs.countries.size(), [&](RuleRuntime&, size_t t) {
    const size_t c = t / 2;
    CountrySimulationSensitivity& slot = out.countries[c];
    if (t % 2 == 0) slot.overall = EstimateIndices(design, std::vector<const double*>{runs.Overall(c)}, bootstrap);
    else slot.effect = EstimateIndices(design, std::vector<const double*>{runs.Effect(c)}, bootstrap);
  });
  out.reading = ReadSimulationSensitivity(out);
  return out;
}

}  // namespace workrights
