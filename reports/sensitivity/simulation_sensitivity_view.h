#pragma once
// The view the simulation sensitivity's templates (simulate-sensitivity.md.mustache,
// simulate-sensitivity.html.mustache) are filled from: the scenario, each input's mean effect on the countries'
// scores and its effect on each country whose score varies, every figure already written as the report shows it.
#include <nlohmann/json.hpp>

#include "core/sensitivity/simulation_sensitivity.h"

namespace workrights {

nlohmann::json SimulationSensitivityView(const SimulationSensitivity& s, const PackInfo& pack);

}  // namespace workrights
