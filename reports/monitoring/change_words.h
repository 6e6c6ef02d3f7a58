#pragma once
// How one change of a diff (or of a difference between groups) reads in words: each side of a changed fact as text,
// and what moved a score. The CSV, the templates' views and the workbook share these so they say the same thing.
#include <string>
#include <vector>

#include "core/monitor/assessment_diff.h"

namespace workrights {

/// The value in force on one side, "(inferred)" when it was; "unknown" when no entry is in force.
std::string ValueText(const FactSide& side);
/// The date the side's entry is in force from; "" when undated or unknown.
std::string SinceText(const FactSide& side);
/// The side's sources, "title (url)", separated by "; ".
std::string SourceTitles(const FactSide& side);
/// The side's sources and quote in one line, "—" when it has none.
std::string CiteText(const FactSide& side);

/// A headline figure or domain in words ("overall", "domain: Right to work"); the ids stay in JSON and CSV.
std::string ScoreWords(const ScoreChange& score);
/// Why a score moved, the facts by path: for the CSV, whose readers filter by path.
std::string WhyText(const ScoreChange& score);
/// Why a score moved, the facts by their labels ("facts changed: work permits obtainable in practice").
std::string WhyWords(const ScoreChange& score, const CountryDiff& country);

}  // namespace workrights
