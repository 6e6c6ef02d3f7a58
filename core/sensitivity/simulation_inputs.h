#pragma once
// The assumptions a sensitivity analysis of a simulation (simulate --sensitivity sobol) varies, one input group
// each: the domain weights, the balance of law and practice and the scenario's rule-weight ranges (as the
// ranking's analysis does), each pledge that applies by the scenario's date and is uncertain (its
// implementation, when its probability is strictly between 0 and 1, and the value of each change given as a
// distribution), each of the scenario's uncertain facts, and the ranges the profiles give their own facts.
#include <vector>

#include "core/assess/assessment.h"
#include "core/sensitivity/sensitivity_inputs.h"

namespace workrights {

/// The inputs in a fixed order: weights, law share, rule weights, pledges, uncertain facts, profile ranges.
std::vector<SensitivityInput> SimulationSensitivityInputs(const PackInfo& pack, const Scenario& scenario,
                                                          const Assessment& point, const InputRanges& ranges);

/// The facts of `view` whose profile entry gives a range, in fact order: the k-th takes the profile
/// uncertainty input's k-th column.
std::vector<FactId> RangedFacts(const FactView& view);

/// The value at quantile u in [0, 1) of `d`: the inverse of its distribution function (the simulation draws
/// the same distributions from a random u).
FactValue QuantileOf(const Distribution& d, double u);

}  // namespace workrights
