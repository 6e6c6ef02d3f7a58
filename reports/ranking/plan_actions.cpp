#include "reports/ranking/plan_actions.h"

#include "reports/format/score_format.h"

namespace workrights {

std::string ActionText(const nlohmann::json& action, const char* key) {
  if (!action.is_object() || !action.contains(key)) return "";
  const auto& v = action[key];
  if (v.is_string()) return v.get<std::string>();
  if (v.is_array()) {
    std::string s;
    for (const auto& x : v) s += (s.empty() ? "" : ", ") + (x.is_string() ? x.get<std::string>() : x.dump());
    return s;
  }
  return v.dump();
}

// The rule's action with the ask for the situation the rule found laid over it (action.asks[situation]), so a
// non-party is asked to accede, never to withdraw reservations it cannot have.
nlohmann::json EffectiveAction(const RuleInfo& rule, const RuleResult& res) {
  nlohmann::json action = rule.action;
  if (!action.is_object()) return action;
  if (!res.situation.empty() && action.contains("asks") && action["asks"].contains(res.situation)) {
    for (const auto& [key, value] : action["asks"][res.situation].items()) action[key] = value;
  }
  action.erase("asks");
  return action;
}

// A fact of the country as its view holds it: true, false or unknown (nullopt).
std::optional<bool> CountryFlag(const CountryAssessment& c, const FactCatalogue& cat, const char* path) {
  const FactSpec* spec = cat.Find(path);
  const FactEntry* e = spec ? c.view.Get(spec->id) : nullptr;
  if (!e || !std::holds_alternative<bool>(e->value)) return std::nullopt;
  return std::get<bool>(e->value);
}

// The instrument to cite, saying so when it does not bind the country: a plan may hold up a treaty as the
// standard to adopt, but must not cite it as if the country were bound.
std::string InstrumentText(const nlohmann::json& action, const CountryAssessment& c, const FactCatalogue& cat) {
  std::string text = ActionText(action, "instrument");
  if (text.find("standard to adopt") != std::string::npos) return text;
  auto not_bound = [&](const char* name, std::initializer_list<const char*> parties) {
    if (text.find(name) == std::string::npos) return false;
    for (const char* path : parties) {
      if (CountryFlag(c, cat, path) != false) return false;  // a party, or unknown: nothing to add
    }
    return true;
  };
  if (not_bound("Refugee Convention", {"intl.refugee_convention_1951.party", "intl.refugee_protocol_1967.party"}) ||
      not_bound("ICESCR", {"intl.icescr.party"})) {
    text += " (as the standard to adopt: the country is not a party)";
  }
  return text;
}

int Outcome(const nlohmann::json& action) {
  return action.is_object() && action.contains("outcome") && action["outcome"].is_number_integer()
             ? action["outcome"].get<int>()
             : 0;
}

// The rule's explanation; for a rule with unknown facts, what is known of it.
std::string Finding(const RuleResult& res) {
  if (res.status == RuleStatus::kOk) return res.explanation;
  return "Not fully known: the score is " + RuleResultText(res) + " whatever the facts still missing turn out to be.";
}

}  // namespace workrights
