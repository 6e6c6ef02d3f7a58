#include "reports/assessment/assessment_md_view.h"

#include <set>

#include "reports/assessment/assessment_parts.h"
#include "reports/assessment/group_gaps_view.h"
#include "reports/format/evidence_sources.h"
#include "reports/format/score_format.h"
#include "reports/format/template_render.h"
#include "reports/format/words.h"

namespace workrights {
using namespace assessment_parts;
namespace {

using Json = nlohmann::json;

// One row of the overview: the headline scores and each domain's, in the pack's order of domains.
Json OverviewRow(const CountryAssessment& c, const FactCatalogue& cat) {
  Json domains = Json::array();
  for (const auto& d : c.domains) domains.push_back({{"score", ScoreText(d.score)}});
  return {{"name", c.profile->name},       {"iso3", c.profile->iso3},      {"group", GroupWords(cat, c.view.group)},
          {"overall", ScoreText(c.overall)}, {"de_jure", ScoreText(c.de_jure)}, {"de_facto", ScoreText(c.de_facto)},
          {"gap", ScoreText(c.gap)},         {"coverage", Percent(c.coverage)}, {"domain_scores", domains}};
}

// Why a rule has its result: the rule's explanation with the ids of its sources (added to `cited`), what is not
// stated when unknown, the error when it failed; then the facts read that were inferred.
std::string RuleWhy(const RuleResult& res, const CountryProfile& p, const FactCatalogue& cat,
                    std::set<std::string>& cited) {
  std::string why;
  if (res.status == RuleStatus::kOk) {
    why = res.explanation;
    for (const Source* s : SourcesOf(res, p)) {
      why += " [" + s->id + "]";
      cited.insert(s->id);
    }
  } else if (res.status == RuleStatus::kUnknown) {
    why = UnknownWhy(res, cat);
  } else {
    return res.error;
  }
  const std::vector<FactId> inferred = InferredFacts(res);
  for (size_t i = 0; i < inferred.size(); ++i) {
    why += (i ? ", " : " (inferred, lower confidence: ") + FactWords(cat, inferred[i]);
  }
  return inferred.empty() ? why : why + ")";
}

// The profile's sources that `cited` names, in the profile's order.
Json CitedSources(const CountryProfile& p, const std::set<std::string>& cited) {
  Json sources = Json::array();
  for (const auto& s : p.sources) {
    if (!cited.count(s.id)) continue;
    sources.push_back({{"id", s.id}, {"title", s.title}, {"publisher", s.publisher}, {"date", SourceDateText(s)},
                       {"url", s.url}, {"copy_url", Optional(s.copy_url)}, {"copy_note", Optional(s.copy_note)}});
  }
  return sources;
}

Json CountrySection(const CountryAssessment& c, const PackInfo& pack, const FactCatalogue& cat) {
  Json rules = Json::array();
  std::set<std::string> cited;
  for (size_t r = 0; r < pack.rules.size(); ++r) {
    const RuleInfo& rule = pack.rules[r];
    rules.push_back({{"title", rule.title},
                     {"dimension", std::string(DimensionWords(rule.dimension))},
                     {"result", RuleResultText(c.results[r])},
                     {"why", RuleWhy(c.results[r], *c.profile, cat, cited)}});
  }
  Json sources = CitedSources(*c.profile, cited);
  return {{"heading", SectionName(c, cat)},
          {"group", GroupWords(cat, c.view.group)},
          {"profile_as_of", c.profile->as_of.ToString()},
          {"rules_known", std::to_string(c.rules_ok)},
          {"rules_unknown", std::to_string(c.rules_unknown)},
          {"rules_failed", c.rules_error ? Json(std::to_string(c.rules_error)) : Json(false)},
          {"overall", ScoreText(c.overall)},
          {"rules", rules},
          {"has_sources", !sources.empty()},
          {"sources", sources}};
}

}  // namespace

Json AssessmentMarkdownView(const Assessment& a) {
  const FactCatalogue& cat = a.dataset->catalogue;
  Json domains = Json::array(), overview = Json::array(), countries = Json::array();
  for (const auto& d : a.pack->domains) domains.push_back({{"title", d.title}});
  for (const CountryAssessment* c : ByOverall(a)) overview.push_back(OverviewRow(*c, cat));
  for (const auto& c : a.countries) countries.push_back(CountrySection(c, *a.pack, cat));
  Json gaps = GroupGapsView(a);
  return {{"title", Title(a)},
          {"pack", {{"name", a.pack->name}, {"version", a.pack->version}}},
          {"domains", domains},
          {"overview", overview},
          {"has_group_gaps", !gaps.empty()},
          {"group_gaps", gaps},
          {"countries", countries}};
}

}  // namespace workrights
