#pragma once
// The JSON Schema of scenario files, generated from the fact catalogue so a change's fact, value and operation
// are checked as `simulate` checks them. docs/schema/scenario.schema.json is this output; a test fails when it
// is stale. What depends on the data or the pack (countries with a profile, rule ids, ranges a change may
// leave) is left to `simulate`.
#include <nlohmann/json.hpp>

#include "core/model/fact_catalogue.h"

namespace workrights {

nlohmann::json ScenarioJsonSchema(const FactCatalogue& catalogue);

}  // namespace workrights
