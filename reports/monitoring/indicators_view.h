#pragma once
// The view the indicators' templates (indicators.md.mustache, indicators.html.mustache) are filled from: each
// indicator's weighted figures in law and in practice, and each country's share, in the shape
// template_catalog.cpp gives, every figure already written as the report shows it.
#include <nlohmann/json.hpp>

#include "core/monitor/indicators.h"

namespace workrights {

nlohmann::json IndicatorsView(const IndicatorReport& report);

}  // namespace workrights
