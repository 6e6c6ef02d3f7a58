#pragma once
// How a trend's country and events read, in every format of `workrights trend`. Internal to reports/monitoring/.
#include <string>

#include "core/monitor/trend.h"

namespace workrights::trend_parts {

/// "Jordan (JOR), refugees": the country and the group followed.
std::string Heading(const CountryTrend& country, const FactCatalogue& catalogue);
/// The fact an event is about, in words: its catalogue label ("work permit fee").
std::string EventFact(const TrendEvent& event, const FactCatalogue& catalogue);
/// "none (inferred)": the value the fact took.
std::string EventValue(const TrendEvent& event);
/// "2019-03-01: work permit fee = none (inferred)": when a fact took which value.
std::string EventText(const TrendEvent& event, const FactCatalogue& catalogue);
/// The titles of the event's sources, "; "-separated.
std::string EventSources(const CountryTrend& country, const TrendEvent& event);

}  // namespace workrights::trend_parts
