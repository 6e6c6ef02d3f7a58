#pragma once
// The few sentences that open a country's page: where it does best and worst, where practice falls furthest
// behind the law, and which missing fact is most worth collecting. They are picked from the assessment (no new
// figure is computed), so each one matches a number in the tables below it.
#include <string>
#include <vector>

#include "core/assess/assessment.h"

namespace workrights {

struct KeyFinding {
  std::string label;  ///< "Strongest and weakest", "Law and practice", "Most worth collecting"
  std::string text;   ///< plain text, not escaped
};

std::vector<KeyFinding> KeyFindings(const CountryAssessment& country, const PackInfo& pack, const FactCatalogue& catalogue);

}  // namespace workrights
