#pragma once
// What changed between two assessments: of the same data at two dates, or of two datasets (two revisions of the
// data folder). Facts are matched by catalogue path and rules by id, so the two sides may use different
// catalogues and packs. Every report writer reads this model.
#include <optional>
#include <string>
#include <vector>

#include "core/assess/assessment.h"

namespace workrights {

/// One side of a change: the entry in force (nullptr = unknown) and the profile that holds its sources.
struct FactSide {
  const CountryProfile* profile = nullptr;
  const FactEntry* entry = nullptr;
};

/// A fact whose in-force value changed for the assessed group (became known, unknown, or took another value).
struct ChangedFact {
  std::string fact;   ///< catalogue path
  std::string label;  ///< the catalogue's words for it (the "after" side's, else the "before" side's)
  FactSide before, after;
};

enum class ScoreKind { kRule, kDomain, kOverall };

/// A score that moved: a rule's result, a domain's combined score or one of the country's headline figures.
struct ScoreChange {
  ScoreKind kind = ScoreKind::kRule;
  std::string id;     ///< rule id, domain id, or "overall", "de_jure", "de_facto", "gap", "coverage"
  std::string title;  ///< the rule's or the domain's title in the pack; empty for headline figures
  std::optional<Score> before, after;  ///< nullopt: no score on that side (unknown headline, rule absent)
  std::string before_text, after_text;  ///< the rule's explanation on each side
  /// The changed facts among those the rule read on either side: why it moved. Empty for a rule means the
  /// rule itself, its bounds or the pack changed.
  std::vector<std::string> because;
};

struct CountryDiff {
  std::string iso3, name, group;  ///< group: the group assessed on the "after" side
  std::vector<ChangedFact> facts;  ///< in catalogue order
  std::vector<ScoreChange> scores;  ///< headline figures, then domains, then rules, each in pack order
};

struct AssessmentDiff {
  const Assessment* before = nullptr;
  const Assessment* after = nullptr;
  std::vector<std::string> added, removed;  ///< ISO3 codes assessed on one side only
  std::vector<CountryDiff> countries;       ///< countries on both sides with at least one change, by ISO3
  bool Empty() const { return added.empty() && removed.empty() && countries.empty(); }
};

/// Scores closer than this are equal: JSON rounds to 6 decimals, so smaller moves are noise.
inline constexpr double kScoreTolerance = 5e-7;

AssessmentDiff DiffAssessments(const Assessment& before, const Assessment& after);

/// One country (or one group of it) on two sides: its facts in force and scores compared.
CountryDiff DiffCountry(const Assessment& before, const CountryAssessment& b, const Assessment& after,
                        const CountryAssessment& a);

}  // namespace workrights
