#pragma once
// The view a country's page of the assessment report (assessment-country.html.mustache) is filled from: the
// headline figures, key findings, the domain chart and every rule with its result, reasons and sources.
#include <nlohmann/json.hpp>

#include "core/assess/assessment.h"

namespace workrights {

nlohmann::json CountryPageView(const CountryAssessment& c, const PackInfo& pack, const FactCatalogue& cat);

}  // namespace workrights
