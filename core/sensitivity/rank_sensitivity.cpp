#include "core/sensitivity/rank_sensitivity.h"

#include <stdexcept>

#include "core/assess/evaluator.h"
#include "core/sensitivity/rank_model.h"
#include "core/sensitivity/sensitivity_reading.h"

namespace workrights {
namespace {

// The ranking's scenario, or the baseline on its date: a scenario with no pledges.
Scenario ScenarioOf(const Ranking& ranking) {
  if (ranking.scenario) return *ranking.scenario;
  Scenario baseline;
  baseline.id = "baseline";
  baseline.title = "Baseline";
  baseline.as_of = ranking.options.as_of;
  return baseline;
}

SaltelliDesign MakeDesign(const std::vector<SensitivityInput>& inputs, const SobolOptions& options) {
  std::vector<size_t> columns;
  for (const auto& in : inputs) columns.push_back(in.Columns());
  try {
    return SaltelliDesign(columns, options.samples, options.seed);
  } catch (const std::invalid_argument& e) {
    ThrowInputError(SourceLocation{}, std::string("--samples and the inputs: ") + e.what());
  }
}

// Estimates every target; each writes its own slot, so the result does not depend on the thread that ran it.
void EstimateTargets(const SaltelliDesign& design, const RankRuns& runs, WorkerPool& pool,
                     const BootstrapPlan& bootstrap, std::vector<CountrySensitivity>& by_iso3,
                     TargetIndices& top_set) {
  const size_t nc = runs.countries.size();
  pool.ParallelFor(3 * nc + 1, [&](RuleRuntime&, size_t t) {
    if (t == 3 * nc) {
      std::vector<const float*> all;
      for (size_t c = 0; c < nc; ++c) all.push_back(runs.Top(c));
      top_set = EstimateIndices(design, all, bootstrap);
      return;
    }
    const size_t c = t / 3;
    const float* y = t % 3 == 0 ? runs.Rank(c) : t % 3 == 1 ? runs.Overall(c) : runs.Top(c);
    TargetIndices& slot = t % 3 == 0 ? by_iso3[c].rank : t % 3 == 1 ? by_iso3[c].overall : by_iso3[c].top;
    slot = EstimateIndices(design, std::vector<const float*>{y}, bootstrap);
  });
}

}  // namespace

SobolSensitivity RankSensitivity(const RulePack& pack, const Dataset& dataset, const Ranking& ranking,
                                 WorkerPool& pool, const SobolOptions& options) {
  if (options.samples < 2) ThrowInputError(SourceLocation{}, "--samples must be at least 2");
  const Scenario scenario = ScenarioOf(ranking);
  SobolSensitivity out;
  out.scenario = ranking.scenario;
  out.as_of = scenario.as_of;
  out.group = ranking.group;
  out.top = ranking.options.top;
  out.options = options;
  out.point_top = ranking.top;
  AssessOptions assess_options;
  assess_options.as_of = scenario.as_of;
  assess_options.group = ranking.options.group;  // the countries and group the ranking ranked
  const Assessment point = Assess(pack, dataset, pool, assess_options);
  out.inputs = SensitivityInputs(pack.info, scenario, options.ranges);
  for (auto& in : UnknownFactsInputs(point, options.unknowns)) out.inputs.push_back(std::move(in));

  // Every run keeps each country's rank, overall score and top-K membership (floats); the design keeps its A
  // and B matrices (doubles).
  size_t columns = 0;
  for (const auto& in : out.inputs) columns += in.Columns();
  const double rows = double(options.samples) * double(out.inputs.size() + 2);
  CheckMemory(rows * double(dataset.countries.size()) * 3 * sizeof(float) +
                  2 * double(options.samples) * double(columns) * sizeof(double),
              options.memory_limit_gib,
              "a sensitivity analysis of " + std::to_string(options.samples) + " samples and " +
                  std::to_string(out.inputs.size()) + " inputs",
              "use fewer --samples, or --unknowns grouped");
  const SaltelliDesign design = MakeDesign(out.inputs, options);
  const RankRuns runs =
      RunGuarded(pool.guard(), [&] { return RunRankModel(pack, point, scenario, out.inputs, design, out.top, pool); });
  out.runs = design.rows();
  out.rule_evaluations = runs.rule_evaluations;
  out.priority_evaluations = runs.priority_evaluations;
  out.reused = runs.reused;

  std::vector<CountrySensitivity> by_iso3(runs.countries.size());
  for (size_t c = 0; c < by_iso3.size(); ++c) by_iso3[c].profile = runs.countries[c];
  EstimateTargets(design, runs, pool, BootstrapPlan(options.samples, options.bootstrap, options.seed, options.confidence),
                  by_iso3, out.top_set);
  for (const CountryRank& cr : ranking.countries) {
    for (auto& s : by_iso3) {
      if (s.profile != cr.profile) continue;
      s.point_rank = cr.rank;
      out.countries.push_back(s);
    }
  }
  out.reading = ReadSensitivity(out);
  return out;
}

}  // namespace workrights
