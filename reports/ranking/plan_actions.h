#pragma once
// What a plan says for one gap, read from the rule's action and the country's facts: every format of the plan
// (JSON, CSV, workbook, and the views its templates are filled from) says it alike.
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/assess/assessment.h"
#include "core/rules/rule.h"

namespace workrights {

/// A field of an action as text: a string, a list joined with ", ", anything else as JSON; "" when absent.
std::string ActionText(const nlohmann::json& action, const char* key);
/// The rule's action with the ask for the situation the rule found laid over it (action.asks[situation]), so a
/// non-party is asked to accede, never to withdraw reservations it cannot have.
nlohmann::json EffectiveAction(const RuleInfo& rule, const RuleResult& res);
/// The instrument to cite, saying so when it does not bind the country.
std::string InstrumentText(const nlohmann::json& action, const CountryAssessment& c, const FactCatalogue& cat);
/// The joint action plan outcome number, 0 when none.
int Outcome(const nlohmann::json& action);
/// The rule's explanation; for a rule with unknown facts, what is known of it.
std::string Finding(const RuleResult& res);

}  // namespace workrights
