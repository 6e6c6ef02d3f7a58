#pragma once
// How scores and their intervals read in every format: a point figure never stands alone when the data leave
// room for other values ("0.62 [0.40–0.85]"), and an unknown rule says what it could be ("at most 0.50").
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/assess/assessment.h"

namespace workrights {

/// x with `digits` decimals.
std::string Fixed(double x, int digits);
/// "62%": a share from 0 to 1 as a whole percentage.
std::string Percent(double share);
/// "0.62" when exact, "0.62 [0.40–0.85]" otherwise; "none" when the pack has no rule for it.
std::string ScoreText(const std::optional<Score>& score);
/// "[0.40–0.85]", or "" when exact.
std::string IntervalText(const std::optional<Score>& score);
/// A rule's result in words: "0.50"; "at most 0.50", "at least 0.25", "between 0.25 and 0.75" or "unknown (0 to 1)"
/// for an unknown rule; "error".
std::string RuleResultText(const RuleResult& result);
/// {"point": .., "lower": .., "upper": ..} rounded to 6 decimals, or null.
nlohmann::json ScoreJson(const std::optional<Score>& score);

}  // namespace workrights
