#pragma once
// The view the trend's Markdown template (trend.md.mustache) is filled from: each country's scores at every date
// and the dated events, in the shape template_catalog.cpp gives, every figure already written as shown.
#include <nlohmann/json.hpp>

#include "core/monitor/trend.h"

namespace workrights {

nlohmann::json TrendView(const Trend& trend);

}  // namespace workrights
