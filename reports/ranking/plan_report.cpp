#include "reports/ranking/plan_report.h"

#include <cstdio>
#include <set>

#include "reports/format/csv.h"
#include "reports/format/xlsx_workbook.h"
#include "reports/format/evidence_sources.h"
#include "reports/format/html.h"
#include "reports/assessment/json_writer.h"
#include "reports/format/markdown_text.h"
#include "reports/format/score_format.h"

namespace workrights {
namespace {

std::string ActionText(const nlohmann::json& action, const char* key) {
  if (!action.is_object() || !action.contains(key)) return "";
  const auto& v = action[key];
  if (v.is_string()) return v.get<std::string>();
  if (v.is_array()) {
    std::string s;
    for (const auto& x : v) s += (s.empty() ? "" : ", ") + (x.is_string() ? x.get<std::string>() : x.dump());
    return s;
  }
  return v.dump();
}

// The rule's action with the ask for the situation the rule found laid over it (action.asks[situation]), so a
// non-party is asked to accede, never to withdraw reservations it cannot have.
nlohmann::json EffectiveAction(const RuleInfo& rule, const RuleResult& res) {
  nlohmann::json action = rule.action;
  if (!action.is_object()) return action;
  if (!res.situation.empty() && action.contains("asks") && action["asks"].contains(res.situation)) {
    for (const auto& [key, value] : action["asks"][res.situation].items()) action[key] = value;
  }
  action.erase("asks");
  return action;
}

// A fact of the country as its view holds it: true, false or unknown (nullopt).
std::optional<bool> CountryFlag(const CountryAssessment& c, const FactCatalogue& cat, const char* path) {
  const FactSpec* spec = cat.Find(path);
  const FactEntry* e = spec ? c.view.Get(spec->id) : nullptr;
  if (!e || !std::holds_alternative<bool>(e->value)) return std::nullopt;
  return std::get<bool>(e->value);
}

// The instrument to cite, saying so when it does not bind the country: a plan may hold up a treaty as the
// standard to adopt, but must not cite it as if the country were bound.
std::string InstrumentText(const nlohmann::json& action, const CountryAssessment& c, const FactCatalogue& cat) {
  std::string text = ActionText(action, "instrument");
  if (text.find("standard to adopt") != std::string::npos) return text;
  auto not_bound = [&](const char* name, std::initializer_list<const char*> parties) {
    if (text.find(name) == std::string::npos) return false;
    for (const char* path : parties) {
      if (CountryFlag(c, cat, path) != false) return false;  // a party, or unknown: nothing to add
    }
    return true;
  };
  if (not_bound("Refugee Convention", {"intl.refugee_convention_1951.party", "intl.refugee_protocol_1967.party"}) ||
      not_bound("ICESCR", {"intl.icescr.party"})) {
    text += " (as the standard to adopt: the country is not a party)";
  }
  return text;
}

int Outcome(const nlohmann::json& action) {
  return action.is_object() && action.contains("outcome") && action["outcome"].is_number_integer()
             ? action["outcome"].get<int>()
             : 0;
}

// The rule's explanation; for a rule with unknown facts, what is known of it.
std::string Finding(const RuleResult& res) {
  if (res.status == RuleStatus::kOk) return res.explanation;
  return "Not fully known: the score is " + RuleResultText(res) + " whatever the facts still missing turn out to be.";
}

}  // namespace

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

std::string PlansMarkdown(const std::vector<CountryPlan>& plans, const Assessment& a) {
  const PackInfo& pack = *a.pack;
  const FactCatalogue& cat = a.dataset->catalogue;
  std::string out;
  for (const auto& plan : plans) {
    const CountryAssessment& c = *plan.country;
    const CountryProfile& p = *c.profile;
    out += "# Joint advocacy plan: " + MarkdownCell(p.name) + " (" + p.iso3 + ")\n\n";
    out += "Group assessed: " + cat.GroupName(c.view.group) + ". Profile as of " + p.as_of.ToString() +
           ". Scores (0 to 1): overall " + ScoreText(c.overall) + ", law (de jure) " + ScoreText(c.de_jure) +
           ", practice (de facto) " + ScoreText(c.de_facto) + ", gap between them " + ScoreText(c.gap) + ". Data coverage " +
           Percent(c.coverage) + ". Pack `" + pack.name + "` " + pack.version + ".\n\n";
    out += "## Priority gaps\n\n";
    if (plan.gaps.empty()) out += "No known gap: every rule with a known result scores full marks.\n\n";
    int n = 1;
    for (const auto& g : plan.gaps) {
      const RuleInfo& rule = pack.rules[static_cast<size_t>(g.rule)];
      const RuleResult& res = c.results[static_cast<size_t>(g.rule)];
      const nlohmann::json action = EffectiveAction(rule, res);
      out += "### " + std::to_string(n++) + ". " + MarkdownCell(rule.title) + "\n\n";
      out += "- **Finding** (" + std::string(rule.dimension == Dimension::kDeJure ? "law" : "practice") + ", score " +
             RuleResultText(res) + "): " + MarkdownCell(Finding(res)) + "\n";
      std::string sources;
      for (const Source* s : SourcesOf(res, p)) {
        sources += (sources.empty() ? "" : "; ") + std::string("[") + MarkdownCell(s->title) + "](" + s->url + ") (" +
                   MarkdownCell(s->publisher) + ", " + SourceDateText(*s) + ")";
        if (!s->copy_url.empty()) {
          sources += ", read in a copy at <" + s->copy_url + ">" +
                     (s->copy_note.empty() ? std::string() : " (" + MarkdownCell(s->copy_note) + ")");
        }
      }
      if (!sources.empty()) out += "- **Sources**: " + sources + "\n";
      out += "- **Ask**: " + MarkdownCell(ActionText(action, "action")) + "\n";
      out += "- **Instrument to cite**: " + MarkdownCell(InstrumentText(action, c, cat)) + "\n";
      int outcome = Outcome(action);
      out += "- **Joint action plan outcome**: " + (outcome ? std::to_string(outcome) + " — " : std::string()) +
             OutcomeName(outcome) + "\n";
      out += "- **Lead**: " + MarkdownCell(ActionText(action, "lead")) + "; **partners**: " +
             MarkdownCell(ActionText(action, "partners")) + "\n";
      out += "- **Pledge to seek**: " + MarkdownCell(ActionText(action, "pledge")) + "\n\n";
    }
    out += "## Data to collect first\n\n";
    if (c.missing_facts.empty()) {
      out += "Every fact the rules need is known.\n\n";
    } else {
      out += "Ordered by how much knowing each fact is expected to narrow the overall score's interval.\n\n";
      out += "| fact | group | what it means | interval narrowed by | coverage it would add | rules it would settle |\n"
             "|---|---|---|---|---|---|\n";
      for (const auto& m : c.missing_facts) {
        std::string rules;
        for (int r : m.rules) rules += (rules.empty() ? "" : ", ") + std::string("`") + pack.rules[static_cast<size_t>(r)].id + "`";
        out += "| `" + cat.Get(m.fact).path + "` | " + cat.GroupName(m.group) + " | " +
               MarkdownCell(cat.Get(m.fact).meaning) + " | " + Fixed(m.width_removed, 3) + " | " +
               Percent(m.coverage_gain) + " | " + rules + " |\n";
      }
      out += "\n";
    }
  }
  return out;
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

std::string PlansHtml(const std::vector<CountryPlan>& plans, const Assessment& a) {
  const PackInfo& pack = *a.pack;
  const FactCatalogue& cat = a.dataset->catalogue;
  std::string b;
  for (const auto& plan : plans) {
    const CountryAssessment& c = *plan.country;
    const CountryProfile& p = *c.profile;
    b += "<h1>Joint advocacy plan: " + HtmlEscape(p.name) + " (" + p.iso3 + ")</h1>\n";
    b += "<p class=\"lead\">Group assessed: " + HtmlEscape(cat.GroupName(c.view.group)) + " · profile as of " +
         p.as_of.ToString() + " · overall " + HtmlScore(c.overall) + " · law " + HtmlScore(c.de_jure) + " · practice " +
         HtmlScore(c.de_facto) + " · coverage " + Percent(c.coverage) + "</p>\n<h2>Priority gaps</h2>\n";
    if (plan.gaps.empty()) b += "<p>No known gap: every rule with a known result scores full marks.</p>\n";
    int n = 1;
    for (const auto& g : plan.gaps) {
      const RuleInfo& rule = pack.rules[static_cast<size_t>(g.rule)];
      const RuleResult& res = c.results[static_cast<size_t>(g.rule)];
      const nlohmann::json action = EffectiveAction(rule, res);
      int outcome = Outcome(action);
      std::string sources;
      for (const Source* s : SourcesOf(res, p)) {
        sources += (sources.empty() ? "" : "; ") + std::string("<a href=\"") + HtmlEscape(s->url) + "\">" +
                   HtmlEscape(s->title) + "</a> (" + HtmlEscape(s->publisher) + ", " + SourceDateText(*s) + ")";
        sources += HtmlSourceCopy(*s);
      }
      b += "<h3>" + std::to_string(n++) + ". " + HtmlEscape(rule.title) + "</h3>\n<table>\n";
      b += "<tr><th>finding</th><td>" + HtmlEscape(Finding(res)) + " (" +
           (rule.dimension == Dimension::kDeJure ? "law" : "practice") + ", score " + HtmlEscape(RuleResultText(res)) +
           ")</td></tr>\n";
      if (!sources.empty()) b += "<tr><th>sources</th><td class=\"sources\">" + sources + "</td></tr>\n";
      b += "<tr><th>ask</th><td>" + HtmlEscape(ActionText(action, "action")) + "</td></tr>\n";
      b += "<tr><th>instrument to cite</th><td>" + HtmlEscape(InstrumentText(action, c, cat)) + "</td></tr>\n";
      b += "<tr><th>joint action plan outcome</th><td>" + (outcome ? std::to_string(outcome) + " — " : std::string()) +
           HtmlEscape(OutcomeName(outcome)) + "</td></tr>\n";
      b += "<tr><th>lead · partners</th><td>" + HtmlEscape(ActionText(action, "lead")) + " · " +
           HtmlEscape(ActionText(action, "partners")) + "</td></tr>\n";
      b += "<tr><th>pledge to seek</th><td>" + HtmlEscape(ActionText(action, "pledge")) + "</td></tr>\n</table>\n";
    }
    b += "<h2>Data to collect first</h2>\n";
    if (c.missing_facts.empty()) {
      b += "<p>Every fact the rules need is known.</p>\n";
    } else {
      b += "<table>\n<tr><th>fact</th><th>group</th><th>what it means</th><th class=\"num\">interval narrowed by</th>"
           "<th class=\"num\">coverage it would add</th></tr>\n";
      for (const auto& m : c.missing_facts) {
        b += "<tr><td><code>" + HtmlEscape(cat.Get(m.fact).path) + "</code></td><td>" + HtmlEscape(cat.GroupName(m.group)) +
             "</td><td>" + HtmlEscape(cat.Get(m.fact).meaning) + "</td><td class=\"num\">" + Fixed(m.width_removed, 3) +
             "</td><td class=\"num\">" + Percent(m.coverage_gain) + "</td></tr>\n";
      }
      b += "</table>\n";
    }
  }
  return HtmlPage("Joint advocacy plans", b, pack, *a.dataset);
}

}  // namespace workrights
