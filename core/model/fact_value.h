#pragma once
// The typed value of one fact: a boolean, a number, a string (enum value or date) or a list of strings.
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

namespace workrights {

using FactValue = std::variant<bool, double, std::string, std::vector<std::string>>;

nlohmann::json FactValueToJson(const FactValue& v);
/// Short human text: "yes", "no", "12", "conditional", "C087, C098".
std::string FactValueToText(const FactValue& v);

}  // namespace workrights
