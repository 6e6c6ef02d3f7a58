#pragma once
// What the assessment's formats share: the order countries are shown in, a section's name and anchor, and how a
// rule's unknown or inferred inputs read. Internal to reports/assessment/.
#include <string>
#include <vector>

#include "core/assess/assessment.h"

namespace workrights::assessment_parts {

/// Countries in the order tables show them: overall point figure, highest first; ties by name.
std::vector<const CountryAssessment*> ByOverall(const Assessment& a);
/// Countries by name, as a reader looks them up (not by ISO code); a country's groups stay together.
std::vector<const CountryAssessment*> ByName(const Assessment& a);
/// Why an unknown rule is unknown (the facts not stated, as words), and what it could be.
std::string UnknownWhy(const RuleResult& res, const FactCatalogue& cat);
/// Facts the rule read whose value is inferred (from a source's silence or a general statement), in read order.
std::vector<FactId> InferredFacts(const RuleResult& res);
/// The heading of one assessment: the country, and the group when it is not the primary one (assess --group all
/// gives a section per group).
std::string SectionName(const CountryAssessment& c, const FactCatalogue& cat);
/// The HTML anchor of one assessment: the ISO code, with the group when it is not the primary one.
std::string Anchor(const CountryAssessment& c, const FactCatalogue& cat);
/// The report's title, with its date when one was asked for.
std::string Title(const Assessment& a);

}  // namespace workrights::assessment_parts
