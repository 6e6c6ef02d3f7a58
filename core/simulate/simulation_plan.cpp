#include "core/simulate/simulation_plan.h"

#include <algorithm>
#include <limits>

#include "core/assess/aggregator.h"
#include "core/assess/evaluator.h"
#include "core/simulate/random.h"

namespace workrights {
namespace {

constexpr double kUnknown = std::numeric_limits<double>::quiet_NaN();

std::vector<std::vector<int>> DependencyIndex(const PackInfo& info, size_t facts) {
  std::vector<std::vector<int>> readers(facts);
  for (size_t i = 0; i < info.rules.size(); ++i) {
    for (FactId f : info.rules[i].reads) readers[static_cast<size_t>(f)].push_back(static_cast<int>(i));
  }
  return readers;
}

/// The uncertain facts of one country that apply: profile uncertainty, then the scenario's uncertain_facts.
std::vector<SampledFact> SampledFactsOf(const FactView& view, const Scenario& scenario, const std::string& iso3) {
  std::vector<SampledFact> sampled;
  for (size_t f = 0; f < view.facts.size(); ++f) {
    const FactEntry* e = view.facts[f];
    if (e && e->uncertainty) sampled.push_back({static_cast<FactId>(f), view.group, &*e->uncertainty});
  }
  for (const auto& u : scenario.uncertain) {
    bool covers = u.countries.empty() || std::find(u.countries.begin(), u.countries.end(), iso3) != u.countries.end();
    if (covers) sampled.push_back({u.fact, u.group.value_or(view.group), &u.distribution});
  }
  return sampled;
}

}  // namespace

void PlanInputs(const RulePack& pack, const Dataset& dataset, const Scenario& scenario, WorkerPool& pool,
                const SimulationOptions& options, SimulationResult& r, SimulationPlan& plan) {
  const PackInfo& info = pack.info;
  plan.info = &info;
  plan.scenario = &scenario;
  plan.options = &options;
  plan.monte_carlo = options.draws > 0;
  plan.readers = DependencyIndex(info, dataset.catalogue.size());
  AssessOptions assess_options;
  assess_options.as_of = scenario.as_of;
  assess_options.group = options.group;
  plan.point = Assess(pack, dataset, pool, assess_options);  // the countries of r.countries, in the same order

  const size_t nc = r.countries.size(), nm = r.metrics.size(), np = scenario.pledges.size();
  r.baseline_point.assign(nc * nm, kUnknown);
  r.affected.assign(nc, false);
  r.pledged.assign(nc, false);
  plan.point_results.assign(nc, {});
  plan.sampled_facts.assign(nc, {});
  plan.covers.assign(nc, std::vector<uint8_t>(np, 0));
  for (size_t c = 0; c < nc; ++c) {
    const CountryAssessment& point = plan.point.countries[c];
    const std::string& iso3 = r.countries[c]->iso3;
    FillMetrics(point, &r.baseline_point[c * nm]);
    for (const auto& res : point.results) plan.point_results[c].push_back(&res);
    if (plan.monte_carlo) plan.sampled_facts[c] = SampledFactsOf(point.view, scenario, iso3);
    for (size_t p = 0; p < np; ++p) {
      plan.covers[c][p] = scenario.pledges[p].Covers(iso3) ? 1 : 0;
      if (r.pledge_applies[p] && plan.covers[c][p]) r.pledged[c] = true;
    }
    r.affected[c] = r.pledged[c] || !plan.sampled_facts[c].empty();
  }
  for (const auto& d : info.domains) plan.domain_weights.push_back(d.weight);
  for (const auto& rule : info.rules) plan.rule_weights.push_back(rule.weight);
}

void DrawRunChoices(SimulationPlan& plan, SimulationResult& r) {
  const Scenario& scenario = *plan.scenario;
  const SimulationOptions& options = *plan.options;
  const size_t np = scenario.pledges.size();
  const size_t nw = plan.monte_carlo ? scenario.weights.size() : 0;
  plan.weight_ranges = nw;
  plan.sampled_weights.assign(r.runs * nw, 0.0);
  r.implemented.assign(r.runs * np, 0);
  for (size_t run = 0; run < r.runs; ++run) {
    DrawRng rng(options.seed, options.first_draw + run, 0);
    for (size_t p = 0; p < np; ++p) {  // pledges implemented first, then weights
      bool yes = r.pledge_applies[p] && (!plan.monte_carlo || rng.Bernoulli(scenario.pledges[p].probability));
      r.implemented[run * np + p] = yes ? 1 : 0;
    }
    for (size_t k = 0; k < nw; ++k) {
      plan.sampled_weights[run * nw + k] = rng.Uniform(scenario.weights[k].min, scenario.weights[k].max);
    }
  }
}

}  // namespace workrights
