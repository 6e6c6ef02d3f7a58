#include "reports/ranking/plan_view.h"

#include "reports/format/score_format.h"
#include "reports/format/template_render.h"
#include "reports/format/view_parts.h"
#include "reports/format/words.h"
#include "reports/ranking/plan_actions.h"

namespace workrights {
namespace {

using Json = nlohmann::json;

Json GapView(const PlanGap& g, size_t index, const CountryAssessment& c, const Assessment& a) {
  const RuleInfo& rule = a.pack->rules[static_cast<size_t>(g.rule)];
  const RuleResult& res = c.results[static_cast<size_t>(g.rule)];
  const Json action = EffectiveAction(rule, res);
  const int outcome = Outcome(action);
  Json sources = SourcesView(res, *c.profile);
  return {{"number", std::to_string(index + 1)},
          {"rule", rule.id},
          {"title", rule.title},
          {"dimension", std::string(DimensionWords(rule.dimension))},
          {"dimension_word", rule.dimension == Dimension::kDeJure ? "law" : "practice"},
          {"result", RuleResultText(res)},
          {"finding", Finding(res)},
          {"has_sources", !sources.empty()},
          {"sources", sources},
          {"ask", ActionText(action, "action")},
          {"instrument", InstrumentText(action, c, a.dataset->catalogue)},
          {"outcome", outcome ? Json(std::to_string(outcome)) : Json(false)},
          {"outcome_name", OutcomeName(outcome)},
          {"lead", ActionText(action, "lead")},
          {"partners", ActionText(action, "partners")},
          {"pledge", ActionText(action, "pledge")}};
}

Json DataToCollectView(const MissingFact& m, const Assessment& a) {
  const FactCatalogue& cat = a.dataset->catalogue;
  Json rules = Json::array();
  for (int r : m.rules) rules.push_back({{"first", First(rules.size())}, {"id", a.pack->rules[static_cast<size_t>(r)].id}});
  return {{"fact", cat.Get(m.fact).path},
          {"label", FactWords(cat, m.fact)},
          {"group", GroupWords(cat, m.group)},
          {"meaning", cat.Get(m.fact).meaning},
          {"narrowed_by", Fixed(m.width_removed, 3)},
          {"coverage_gain", Percent(m.coverage_gain)},
          {"rules", rules}};
}

Json CountryView(const CountryPlan& plan, const Assessment& a) {
  const CountryAssessment& c = *plan.country;
  Json gaps = Json::array(), data = Json::array();
  for (const auto& g : plan.gaps) gaps.push_back(GapView(g, gaps.size(), c, a));
  for (const auto& m : c.missing_facts) data.push_back(DataToCollectView(m, a));
  return {{"name", c.profile->name},
          {"iso3", c.profile->iso3},
          {"group", GroupWords(a.dataset->catalogue, c.view.group)},
          {"profile_as_of", c.profile->as_of.ToString()},
          {"overall", ScoreView(c.overall)},
          {"de_jure", ScoreView(c.de_jure)},
          {"de_facto", ScoreView(c.de_facto)},
          {"gap", ScoreView(c.gap)},
          {"coverage", Percent(c.coverage)},
          {"gaps", gaps},
          {"has_data_to_collect", !data.empty()},
          {"data_to_collect", data}};
}

}  // namespace

Json PlansView(const std::vector<CountryPlan>& plans, const Assessment& a) {
  Json countries = Json::array();
  for (const auto& plan : plans) countries.push_back(CountryView(plan, a));
  return {{"pack", {{"name", a.pack->name}, {"version", a.pack->version}}}, {"countries", countries}};
}

}  // namespace workrights
