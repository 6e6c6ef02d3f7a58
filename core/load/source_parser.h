#pragma once
// One source object (profiles and cross-country tables share the format): id, title, publisher, url, date or
// accessed.
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/base/json_checks.h"
#include "core/model/profile.h"

namespace workrights {

/// Checks the source at `pointer`; problems go to `check`. Returns nullopt when it is not an object.
std::optional<Source> ParseSourceObject(JsonChecker& check, const nlohmann::json& source, const std::string& pointer);

}  // namespace workrights
