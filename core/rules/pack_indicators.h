#pragma once
// The pack's indicator mapping (pack.lua `indicators`): which rules feed each population-weighted indicator, in
// law and in practice, and how. Read in two steps: the shape and the population facts with the rest of the pack
// file, the rule ids once every rule has loaded (an id can only be checked against the rules that exist).
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/base/diagnostics.h"
#include "core/base/json_checks.h"
#include "core/model/fact_catalogue.h"
#include "core/rules/rule.h"

namespace workrights {

/// Reads "indicators" (an array) into `out`, reporting every problem at its JSON pointer in the pack file with
/// the indicator's id: missing or unknown keys, a duplicate id, an unknown or non-number population fact, an
/// unknown `combine`, an empty rule list, an indicator with neither "law" nor "practice".
void ReadIndicators(JsonChecker& check, const nlohmann::json& indicators, const FactCatalogue& catalogue,
                    std::vector<IndicatorInfo>& out);

/// Resolves each indicator's rule ids to rule indexes; reports, located in `pack_file`, an id no rule has (with
/// a suggestion), a rule listed twice in one part, and a rule whose dimension is not the part's (a de facto rule
/// under "law").
void ResolveIndicatorRules(PackInfo& info, const std::string& pack_file, Diagnostics& diags);

}  // namespace workrights
