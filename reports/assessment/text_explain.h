#pragma once
// The readable trace behind `workrights explain`: facts read, their values and sources, score and reason.
#include <string>

#include "core/assess/assessment.h"

namespace workrights {

/// With rule < 0, a summary of the country and one paragraph per rule; otherwise the full trace of one rule.
std::string ExplainText(const CountryAssessment& country, const PackInfo& pack, const FactCatalogue& catalogue,
                        int rule);

}  // namespace workrights
