#pragma once
// Score bounds under partial knowledge: what a rule's score could be over the possible values of the unknown
// facts it reads. The engine drives the rule through every combination it actually reaches (a rule that stops
// at the first fact never reads the second), so rules need no rewriting. docs/methodology.md explains it.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/model/fact_catalogue.h"
#include "core/model/fact_view.h"
#include "core/rules/rule_result.h"
#include "core/rules/rule_runtime.h"

namespace workrights {

/// Evaluations allowed for one rule's bounds; past it the bounds are [0, 1] and say so.
inline constexpr size_t kMaxBoundEvaluations = 4096;

/// The values an unknown fact is tried at. Booleans and enums: every value; lists: every subset of the allowed
/// items (when there are at most 2^12); numbers: the catalogue's range ends and each of the rule's thresholds
/// with its neighbours just below and above. Empty when the fact cannot be enumerated (free strings, dates,
/// too many subsets).
std::vector<FactValue> CandidateValues(const FactSpec& spec, const std::vector<double>& thresholds);

/// The thresholds `rule` declares for number fact `fact` (rule field `thresholds`); empty when none.
const std::vector<double>& RuleThresholds(const RuleInfo& rule, FactId fact);

/// Evaluates `rule` on `view` into `out` and sets out.lower / out.upper.
void EvaluateWithBounds(RuleRuntime& runtime, int rule, const FactView& view, uint64_t seed, RuleResult& out);

/// The bounds of `rule` on `view` with one more fact fixed (value of information): {lower, upper}.
std::pair<double, double> BoundsWithFact(RuleRuntime& runtime, int rule, const FactView& view, uint64_t seed,
                                         FactId fact, GroupId group, const FactValue& value);

/// A read of an unknown fact (the fact was not stated for that group): what bounds branch on.
bool IsUnknownRead(const FactRead& read);

}  // namespace workrights
