#include "reports/monitoring/diff_view.h"

#include "reports/format/joined.h"
#include "reports/format/template_render.h"
#include "reports/format/view_parts.h"
#include "reports/format/words.h"
#include "reports/monitoring/change_words.h"
#include "reports/monitoring/diff_report.h"

namespace workrights {
using Json = nlohmann::json;
namespace {

// The entry in force on one side, for HTML to lay out: `known` false when there is none ("unknown", nothing else).
Json EntryView(const FactSide& side) {
  Json sources = Json::array();
  for (const Source* s : FactSideSources(side)) sources.push_back(SourceView(*s, First(sources.size())));
  return {{"known", side.entry != nullptr},
          {"value", ValueText(side)},
          {"from", Optional(SinceText(side))},
          {"sources", sources},
          {"quote", Optional(side.entry ? side.entry->quote : "")}};
}

Json FactRow(const ChangedFact& f) {
  const std::string since = SinceText(f.after);
  return {{"fact", f.fact},
          {"label", f.label},
          {"before", ValueText(f.before)},
          {"after", ValueText(f.after)},
          {"since", since.empty() ? "—" : since},
          {"before_cite", CiteText(f.before)},
          {"after_cite", CiteText(f.after)},
          {"sides", Json::array({EntryView(f.before), EntryView(f.after)})}};
}

Json ScoreRow(const ScoreChange& s, const CountryDiff& c) {
  const bool rule = s.kind == ScoreKind::kRule;
  return {{"rule", rule},
          {"title", rule ? s.title : ScoreWords(s)},
          {"id", s.id},
          {"before", ScoreView(s.before)},
          {"after", ScoreView(s.after)},
          {"why", WhyWords(s, c)}};
}

}  // namespace

Json CountryDiffView(const CountryDiff& c) {
  Json facts = Json::array(), scores = Json::array();
  for (const auto& f : c.facts) facts.push_back(FactRow(f));
  for (const auto& s : c.scores) scores.push_back(ScoreRow(s, c));
  return {{"differs", !facts.empty() || !scores.empty()},
          {"has_facts", !facts.empty()},
          {"facts", facts},
          {"has_scores", !scores.empty()},
          {"scores", scores}};
}

Json DiffView(const AssessmentDiff& d) {
  Json countries = Json::array();
  for (const auto& c : d.countries) {
    Json country = CountryDiffView(c);
    country.update({{"name", c.name}, {"iso3", c.iso3}, {"group", GroupWords(c.group)}});
    countries.push_back(country);
  }
  const size_t n = d.countries.size();
  return {{"before", DiffSideText(*d.before, *d.after)},
          {"after", DiffSideText(*d.after, *d.before)},
          {"changed", !d.Empty()},
          {"countries_changed", std::to_string(n) + (n == 1 ? " country" : " countries")},
          {"added", Optional(Joined(d.added, ", "))},
          {"removed", Optional(Joined(d.removed, ", "))},
          {"countries", countries}};
}

}  // namespace workrights
