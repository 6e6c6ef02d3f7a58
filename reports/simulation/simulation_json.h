#pragma once
// JSON of `workrights simulate`: baseline and scenario per country and metric, with Monte Carlo statistics
// and each pledge's contribution. Schema: docs/schema/simulation.schema.json.
#include <nlohmann/json.hpp>

#include "core/simulate/simulator.h"

namespace workrights {

nlohmann::json SimulationToJson(const SimulationResult& result);

}  // namespace workrights
