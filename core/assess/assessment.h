#pragma once
// The result model of `workrights assess`: per country, each rule's result and the aggregated scores.
// Every report writer (JSON, CSV, Markdown, HTML) reads this model; none recomputes anything.
#include <optional>
#include <string>
#include <vector>

#include "core/model/dataset.h"
#include "core/model/fact_view.h"
#include "core/rules/rule.h"
#include "core/rules/rule_result.h"

namespace workrights {

struct DomainScore {
  std::string id;
  double weight = 0;
  std::optional<double> score;     ///< both dimensions; nullopt when no rule of the domain is known
  std::optional<double> de_jure;
  std::optional<double> de_facto;
  std::optional<double> gap;       ///< de_jure - de_facto, when both are known
  double coverage = 0;             ///< share of the domain's rule weight with a known result
};

/// A fact whose absence left rules unknown, and how much coverage knowing it could add.
struct MissingFact {
  FactId fact = -1;
  double coverage_gain = 0;  ///< share of the country's total weight held by the rules it blocks
  std::vector<int> rules;    ///< indexes of the rules it blocks
};

struct CountryAssessment {
  const CountryProfile* profile = nullptr;
  FactView view;
  std::vector<RuleResult> results;  ///< one per pack rule, in pack order
  std::vector<DomainScore> domains;  ///< in pack order
  std::optional<double> overall, de_jure, de_facto, gap;
  double coverage = 0;
  int rules_ok = 0, rules_unknown = 0, rules_error = 0;
  std::vector<MissingFact> missing_facts;  ///< largest coverage gain first
};

struct Assessment {
  const PackInfo* pack = nullptr;
  const Dataset* dataset = nullptr;
  std::optional<Date> as_of;
  std::vector<CountryAssessment> countries;  ///< sorted by ISO3

  int TotalErrors() const;
};

}  // namespace workrights
