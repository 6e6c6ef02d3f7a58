#pragma once
// The view the ranking sensitivity's templates (sensitivity.md.mustache, sensitivity.html.mustache) are filled
// from: what was ranked, each input's effect on who is in the top K and on each country's rank, in the shape
// template_catalog.cpp gives, every figure already written as the report shows it.
#include <nlohmann/json.hpp>

#include "core/sensitivity/rank_sensitivity.h"

namespace workrights {

nlohmann::json SensitivityView(const SobolSensitivity& s, const PackInfo& pack);

}  // namespace workrights
