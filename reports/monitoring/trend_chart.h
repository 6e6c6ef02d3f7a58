#pragma once
// A country's scores over time as an SVG line chart: overall, law and practice, with the interval the unknown
// facts allow as a band and the dated events as marks (the trend's HTML).
#include <string>

#include "core/monitor/trend.h"

namespace workrights {

std::string TrendChart(const Trend& trend, const CountryTrend& country);

}  // namespace workrights
