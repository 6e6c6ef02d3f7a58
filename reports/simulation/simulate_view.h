#pragma once
// The view the simulation's templates (simulate.md.mustache, simulate.html.mustache) are filled from: the
// scenario, each covered country's overall score with and without it, and each pledge, in the shape
// template_catalog.cpp gives, every figure already written as the report shows it.
#include <nlohmann/json.hpp>

#include "core/simulate/simulator.h"

namespace workrights {

nlohmann::json SimulationView(const SimulationResult& result);

}  // namespace workrights
