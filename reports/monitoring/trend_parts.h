#pragma once
// How a trend's country and events read, in every format of `workrights trend`. Internal to reports/monitoring/.
#include <string>

#include "core/monitor/trend.h"

namespace workrights::trend_parts {

/// "Jordan (JOR), refugees": the country and the group followed.
std::string Heading(const CountryTrend& country, const FactCatalogue& catalogue);
/// "2019-03-01: rtw.permit_fee = none (inferred)": when a fact took which value.
std::string EventText(const TrendEvent& event);
/// The titles of the event's sources, "; "-separated.
std::string EventSources(const CountryTrend& country, const TrendEvent& event);

}  // namespace workrights::trend_parts
