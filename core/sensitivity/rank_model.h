#pragma once
// The model a sensitivity analysis of the ranking runs: for one row of the design (domain weights, law share,
// rule weights, which pledges are implemented, where each country's score lies within its unknown facts'
// bounds), every country's overall score and priority index, and so its rank and whether it is in the top K.
// Incremental: rule results change only with the pledges implemented, so each country's rules are evaluated
// once per combination of its pledges that the design asks for (pledge values at their point values); a row
// that changes only weights or a placement re-aggregates (each rule result moved to lower + u (upper - lower),
// no rule rerun) and reruns the priority function; a row that changes only an input that cannot touch the
// country (another country's pledge or unknown facts) reuses the country's values from the row it was made
// from.
#include <cstdint>
#include <vector>

#include "core/assess/assessment.h"
#include "core/rules/worker_pool.h"
#include "core/sensitivity/saltelli_design.h"
#include "core/sensitivity/sensitivity_inputs.h"

namespace workrights {

/// One combination of a country's pledges the runs asked for, and the rules it re-evaluated. Shards of one
/// analysis each make the combinations their rows need; the union over shards is what one run makes.
struct PledgeCombination {
  uint32_t country = 0;          ///< in RankRuns::countries
  std::vector<uint8_t> implemented;  ///< per scenario pledge: implemented and covering the country
  uint32_t rule_evaluations = 0;

  bool operator<(const PledgeCombination& o) const {
    return country != o.country ? country < o.country : implemented < o.implemented;
  }
};

/// The outputs of the runs of rows [first_row, first_row + rows) of the design, per country:
/// [country][row - first_row]. Single precision halves the memory of a large analysis (ranks and 0/1 are
/// exact; scores keep 7 digits, far below what the indices resolve).
struct RankRuns {
  std::vector<const CountryProfile*> countries;  ///< the point assessment's order (by ISO3)
  size_t first_row = 0, rows = 0;
  std::vector<float> rank;     ///< 1 = highest index; NaN when the index is unknown
  std::vector<float> overall;  ///< the overall score (its point); NaN when unknown
  std::vector<float> top;      ///< 1 when in the top K, else 0
  std::vector<PledgeCombination> combinations;  ///< sorted; their rule evaluations sum to rule_evaluations
  uint64_t rule_evaluations = 0;      ///< rules re-evaluated for a combination of pledges
  uint64_t priority_evaluations = 0;  ///< priority function runs (each after a re-aggregation)
  uint64_t reused = 0;                ///< (row, country) pairs whose values were reused

  const float* Rank(size_t c) const { return &rank[c * rows]; }
  const float* Overall(size_t c) const { return &overall[c * rows]; }
  const float* Top(size_t c) const { return &top[c * rows]; }
};

/// Runs the model on the rows of base samples [first_sample, last_sample) of `design`. `point` is the assessment at the scenario's date (or the baseline's);
/// pledges in effect with probability 1 are implemented in every row. Throws InputError when the priority
/// function fails (the first country it failed for is named).
RankRuns RunRankModel(const RulePack& pack, const Assessment& point, const Scenario& scenario,
                      const std::vector<SensitivityInput>& inputs, const SaltelliDesign& design, int top,
                      size_t first_sample, size_t last_sample, WorkerPool& pool);

}  // namespace workrights
