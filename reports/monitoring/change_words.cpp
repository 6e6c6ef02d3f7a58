#include "reports/monitoring/change_words.h"

#include <algorithm>

#include "core/model/fact_value.h"
#include "reports/format/joined.h"
#include "reports/format/words.h"
#include "reports/monitoring/diff_report.h"

namespace workrights {

std::string ValueText(const FactSide& side) {
  if (!side.entry) return "unknown";
  return FactValueToText(side.entry->value) + (side.entry->inferred ? " (inferred)" : "");
}

std::string SinceText(const FactSide& side) {
  return side.entry && side.entry->valid_from ? side.entry->valid_from->ToString() : "";
}

std::string SourceTitles(const FactSide& side) {
  std::string out;
  for (const Source* s : FactSideSources(side)) out += (out.empty() ? "" : "; ") + s->title + " (" + s->url + ")";
  return out;
}

std::string CiteText(const FactSide& side) {
  std::string text = SourceTitles(side);
  if (side.entry && !side.entry->quote.empty()) text += (text.empty() ? "" : ": ") + std::string("“") + side.entry->quote + "”";
  return text.empty() ? std::string("—") : text;
}

std::string ScoreWords(const ScoreChange& s) {
  return s.kind == ScoreKind::kDomain ? "domain: " + s.title : std::string(HeadlineWords(s.id));
}

namespace {

/// Why a score moved, naming the changed facts as given ("facts changed: a, b").
std::string WhyText(const ScoreChange& s, const std::vector<std::string>& facts) {
  if (!facts.empty()) return "facts changed: " + Joined(facts, ", ");
  if (s.kind != ScoreKind::kRule) return "follows its rules";
  return "the rule, its bounds or the pack changed";
}

}  // namespace

std::string WhyText(const ScoreChange& s) { return WhyText(s, s.because); }

// Every fact a score moved because of is among the country's changed facts; the path stays as a fallback.
std::string WhyWords(const ScoreChange& s, const CountryDiff& c) {
  std::vector<std::string> labels;
  for (const auto& path : s.because) {
    auto f = std::find_if(c.facts.begin(), c.facts.end(), [&](const ChangedFact& x) { return x.fact == path; });
    labels.push_back(f == c.facts.end() ? path : f->label);
  }
  return WhyText(s, labels);
}

}  // namespace workrights
