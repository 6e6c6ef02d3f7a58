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

/// A score and what it could be given the data's gaps: every value the facts still unknown allow lies in
/// [lower, upper]. `point` is the middle of the interval: it orders tables and feeds the priority index
/// (docs/methodology.md). A fully known score has lower == point == upper.
struct Score {
  double point = 0, lower = 0, upper = 0;
  double width() const { return upper - lower; }
  bool exact() const { return width() < 1e-12; }
};

struct DomainScore {
  std::string id;
  double weight = 0;
  double law_share = 0.5;          ///< the weight of law in `score`: law_share x de_jure + rest x de_facto
  std::optional<Score> score;      ///< law and practice combined; nullopt only when the domain has no rule
  std::optional<Score> de_jure;    ///< nullopt when the pack has no de jure rule in the domain
  std::optional<Score> de_facto;
  std::optional<Score> gap;        ///< de_jure - de_facto, when the domain has rules of both
  double coverage = 0;             ///< share of the domain's rule weight with a known result
};

/// An unknown fact worth collecting: how much knowing it would narrow the overall interval (expected over its
/// possible values), and how much rule weight it would make known.
struct MissingFact {
  FactId fact = -1;
  GroupId group = 0;
  double width_removed = 0;  ///< expected reduction of the overall interval's width
  double coverage_gain = 0;  ///< share of the country's total weight held by the rules it blocks
  std::vector<int> rules;    ///< indexes of the rules that read it
};

struct CountryAssessment {
  const CountryProfile* profile = nullptr;
  FactView view;
  std::vector<RuleResult> results;  ///< one per pack rule, in pack order
  std::vector<DomainScore> domains;  ///< in pack order
  std::optional<Score> overall, de_jure, de_facto, gap;
  double coverage = 0;
  int rules_ok = 0, rules_unknown = 0, rules_error = 0;
  std::vector<MissingFact> missing_facts;  ///< the most interval width removed first
};

struct Assessment {
  const PackInfo* pack = nullptr;
  const Dataset* dataset = nullptr;
  std::optional<Date> as_of;
  std::vector<CountryAssessment> countries;  ///< sorted by ISO3, then group (one per country unless all groups)

  int TotalErrors() const;
};

}  // namespace workrights
