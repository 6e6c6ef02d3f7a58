#include "reports/ranking/plan_report.h"


#include "reports/assessment/json_writer.h"
#include "reports/format/csv.h"
#include "reports/format/evidence_sources.h"
#include "reports/format/html.h"
#include "reports/format/score_format.h"
#include "reports/format/template_render.h"
#include "reports/format/xlsx_workbook.h"
#include "reports/ranking/plan_actions.h"
#include "reports/ranking/plan_view.h"

namespace workrights {

nlohmann::json PlansToJson(const std::vector<CountryPlan>& plans, const Assessment& a) {
  const PackInfo& pack = *a.pack;
  const FactCatalogue& cat = a.dataset->catalogue;
  nlohmann::json out = OutputHeader("plan", pack, *a.dataset);
  out["as_of"] = a.as_of ? nlohmann::json(a.as_of->ToString()) : nlohmann::json(nullptr);
  nlohmann::json countries = nlohmann::json::array();
  for (const auto& plan : plans) {
    const CountryAssessment& c = *plan.country;
    nlohmann::json gaps = nlohmann::json::array();
    for (const auto& g : plan.gaps) {
      const RuleInfo& rule = pack.rules[static_cast<size_t>(g.rule)];
      const RuleResult& res = c.results[static_cast<size_t>(g.rule)];
      const nlohmann::json action = EffectiveAction(rule, res);
      nlohmann::json sources = nlohmann::json::array();
      for (const Source* s : SourcesOf(res, *c.profile)) {
        sources.push_back(SourceJson(*s));
      }
      int outcome = Outcome(action);
      gaps.push_back({{"rule", rule.id},
                      {"title", rule.title},
                      {"domain", pack.domains[static_cast<size_t>(rule.domain)].id},
                      {"dimension", DimensionName(rule.dimension)},
                      {"score", res.status == RuleStatus::kOk ? nlohmann::json(RoundScore(res.score)) : nlohmann::json(nullptr)},
                      {"lower", RoundScore(res.lower)},
                      {"upper", RoundScore(res.upper)},
                      {"shortfall", RoundScore(g.shortfall)},
                      {"finding", Finding(res)},
                      {"situation", res.situation.empty() ? nlohmann::json(nullptr) : nlohmann::json(res.situation)},
                      {"sources", sources},
                      {"action", ActionText(action, "action")},
                      {"instrument", InstrumentText(action, c, cat)},
                      {"outcome", outcome ? nlohmann::json(outcome) : nlohmann::json(nullptr)},
                      {"outcome_name", OutcomeName(outcome)},
                      {"lead", ActionText(action, "lead")},
                      {"partners", action.is_object() && action.contains("partners") ? action["partners"]
                                                                                             : nlohmann::json::array()},
                      {"pledge", ActionText(action, "pledge")}});
    }
    nlohmann::json data = nlohmann::json::array();
    for (const auto& m : c.missing_facts) {
      nlohmann::json rules = nlohmann::json::array();
      for (int r : m.rules) rules.push_back(pack.rules[static_cast<size_t>(r)].id);
      data.push_back({{"fact", cat.Get(m.fact).path}, {"group", cat.GroupName(m.group)},
                      {"meaning", cat.Get(m.fact).meaning}, {"width_removed", RoundScore(m.width_removed)},
                      {"coverage_gain", RoundScore(m.coverage_gain)}, {"rules", rules}});
    }
    countries.push_back({{"country", c.profile->iso3},
                         {"name", c.profile->name},
                         {"group", cat.GroupName(c.view.group)},
                         {"scores", CountryScoresJson(c)},
                         {"gaps", gaps},
                         {"data_to_collect", data}});
  }
  out["countries"] = countries;
  return out;
}

std::string PlansMarkdown(const std::vector<CountryPlan>& plans, const Assessment& a, const TemplateSet& templates) {
  return RenderTemplate(templates, "plan.md.mustache", PlansView(plans, a));
}

Table PlansTable(const std::vector<CountryPlan>& plans, const Assessment& a) {
  const FactCatalogue& cat = a.dataset->catalogue;
  const PackInfo& pack = *a.pack;
  Table t;
  t.title = "Gaps";
  t.columns = {{"country"}, {"name"}, {"gap", ColumnKind::kInteger}, {"rule"}, {"title"}, {"dimension"},
               {"score", ColumnKind::kScore}, {"lower", ColumnKind::kScore}, {"upper", ColumnKind::kScore},
               {"shortfall", ColumnKind::kScore}, {"finding"}, {"action"}, {"instrument"},
               {"outcome", ColumnKind::kInteger}, {"outcome_name"}, {"lead"}, {"partners"}, {"pledge"}, {"sources"}};
  for (const auto& plan : plans) {
    const CountryAssessment& c = *plan.country;
    int n = 1;
    for (const auto& g : plan.gaps) {
      const RuleInfo& rule = pack.rules[static_cast<size_t>(g.rule)];
      const RuleResult& res = c.results[static_cast<size_t>(g.rule)];
      const nlohmann::json action = EffectiveAction(rule, res);
      std::string sources;
      for (const Source* s : SourcesOf(res, *c.profile)) sources += (sources.empty() ? "" : ";") + s->url;
      int outcome = Outcome(action);
      t.Add({c.profile->iso3, c.profile->name, static_cast<double>(n++), rule.id, rule.title,
             std::string(DimensionName(rule.dimension)), res.status == RuleStatus::kOk ? Cell(res.score) : Cell(),
             res.lower, res.upper, g.shortfall, Finding(res), ActionText(action, "action"),
             InstrumentText(action, c, cat), outcome ? Cell(static_cast<double>(outcome)) : Cell(), OutcomeName(outcome),
             ActionText(action, "lead"), ActionText(action, "partners"), ActionText(action, "pledge"), sources});
    }
  }
  return t;
}

std::string PlansCsv(const std::vector<CountryPlan>& plans, const Assessment& a) { return TableCsv(PlansTable(plans, a)); }

void WritePlansWorkbook(const std::vector<CountryPlan>& plans, const Assessment& a, const std::string& path) {
  const FactCatalogue& cat = a.dataset->catalogue;
  Table data{"Data to collect",
             {{"country"}, {"name"}, {"group"}, {"fact"}, {"fact_group"}, {"meaning"},
              {"interval_narrowed_by", ColumnKind::kScore}, {"coverage_gain", ColumnKind::kShare}, {"rules"}},
             {}};
  for (const auto& plan : plans) {
    const CountryAssessment& c = *plan.country;
    for (const auto& m : c.missing_facts) {
      std::string rules;
      for (int r : m.rules) rules += (rules.empty() ? "" : ";") + a.pack->rules[static_cast<size_t>(r)].id;
      data.Add({c.profile->iso3, c.profile->name, cat.GroupName(c.view.group), cat.Get(m.fact).path,
                cat.GroupName(m.group), cat.Get(m.fact).meaning, m.width_removed, m.coverage_gain, rules});
    }
  }
  WriteWorkbook(path, {PlansTable(plans, a), data}, WorkbookInfo{"Joint advocacy plans", a.as_of});
}

std::string PlansHtml(const std::vector<CountryPlan>& plans, const Assessment& a, const TemplateSet& templates) {
  const std::string body = RenderTemplate(templates, "plan.html.mustache", PlansView(plans, a));
  return HtmlPage("Joint advocacy plans", body, *a.pack, *a.dataset, "", templates);
}

}  // namespace workrights
