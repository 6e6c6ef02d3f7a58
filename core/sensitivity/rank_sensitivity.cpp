#include "core/sensitivity/rank_sensitivity.h"

#include <stdexcept>

#include "core/assess/evaluator.h"
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

RankSensitivityPlan PlanRankSensitivity(const RulePack& pack, const Dataset& dataset, const Ranking& ranking,
                                        WorkerPool& pool, const SobolOptions& options) {
  if (options.samples < 2) ThrowInputError(SourceLocation{}, "--samples must be at least 2");
  RankSensitivityPlan plan;
  plan.scenario = ScenarioOf(ranking);
  SobolSensitivity& out = plan.out;
  out.scenario = ranking.scenario;
  out.as_of = plan.scenario.as_of;
  out.group = ranking.group;
  out.top = ranking.options.top;
  out.options = options;
  out.point_top = ranking.top;
  AssessOptions assess_options;
  assess_options.as_of = plan.scenario.as_of;
  assess_options.group = ranking.options.group;  // the countries and group the ranking ranked
  plan.point = Assess(pack, dataset, pool, assess_options);
  out.inputs = SensitivityInputs(pack.info, plan.scenario, options.ranges);
  for (auto& in : UnknownFactsInputs(plan.point, options.unknowns)) out.inputs.push_back(std::move(in));
  plan.design.emplace(MakeDesign(out.inputs, options));
  return plan;
}

void CheckRankRunsMemory(const RankSensitivityPlan& plan, size_t samples) {
  // Every run keeps each country's rank, overall score and top-K membership (floats); the design keeps its A
  // and B matrices (doubles).
  const SobolOptions& options = plan.out.options;
  const SaltelliDesign& design = *plan.design;
  const double rows = double(samples) * double(design.rows_per_sample());
  CheckMemory(rows * double(plan.point.countries.size()) * 3 * sizeof(float) +
                  2 * double(options.samples) * double(design.columns()) * sizeof(double),
              options.memory_limit_gib,
              "a sensitivity analysis of " + std::to_string(samples) + " samples and " +
                  std::to_string(plan.out.inputs.size()) + " inputs",
              "use fewer --samples, or --unknowns grouped, or split the run with --draw-range");
}

RankRuns RunRankSensitivity(const RulePack& pack, const RankSensitivityPlan& plan, size_t first_sample,
                            size_t last_sample, WorkerPool& pool) {
  CheckRankRunsMemory(plan, last_sample - first_sample);
  return RunGuarded(pool.guard(), [&] {
    return RunRankModel(pack, plan.point, plan.scenario, plan.out.inputs, *plan.design, plan.out.top, first_sample,
                        last_sample, pool);
  });
}

SobolSensitivity FinishRankSensitivity(const RankSensitivityPlan& plan, const Ranking& ranking, const RankRuns& runs,
                                       WorkerPool& pool) {
  const SaltelliDesign& design = *plan.design;
  if (runs.first_row != 0 || runs.rows != design.rows()) throw std::logic_error("sensitivity: indices need every run");
  SobolSensitivity out = plan.out;
  const SobolOptions& options = out.options;
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

SobolSensitivity RankSensitivity(const RulePack& pack, const Dataset& dataset, const Ranking& ranking,
                                 WorkerPool& pool, const SobolOptions& options) {
  const RankSensitivityPlan plan = PlanRankSensitivity(pack, dataset, ranking, pool, options);
  const RankRuns runs = RunRankSensitivity(pack, plan, 0, options.samples, pool);
  return FinishRankSensitivity(plan, ranking, runs, pool);
}

}  // namespace workrights
