#pragma once
// The JSON Schema of profile files, generated from the fact catalogue so the two never disagree.
// docs/schema/profile.schema.json is this output; a test fails when it is stale.
#include <nlohmann/json.hpp>

#include "core/model/fact_catalogue.h"

namespace workrights {

nlohmann::json ProfileJsonSchema(const FactCatalogue& catalogue);

}  // namespace workrights
