#pragma once
// The view the trend's templates (trend.md.mustache, trend.html.mustache) are filled from: each country's scores
// at every date and the dated events, in the shape template_catalog.cpp gives, every figure already written as
// shown.
#include <nlohmann/json.hpp>

#include "core/monitor/trend.h"

namespace workrights {

/// Whether each country's view holds its chart (the HTML draws them; the Markdown has none).
enum class TrendCharts { kNone, kDrawn };

nlohmann::json TrendView(const Trend& trend, TrendCharts charts = TrendCharts::kNone);

}  // namespace workrights
