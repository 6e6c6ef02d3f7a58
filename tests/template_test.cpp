// Report templates: the built-in ones check and render; an office's folder changes the layout by file name; a
// template with a mistake is refused with its file, line and column, before anything is written.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include "core/assess/evaluator.h"
#include "core/load/profile_loader.h"
#include "core/monitor/indicators.h"
#include "core/rank/advocacy_plan.h"
#include "core/rules/rule_pack.h"
#include "core/simulate/scenario.h"
#include "core/simulate/simulator.h"
#include "reports/assessment/assessment_report.h"
#include "reports/format/embedded_templates.h"
#include "reports/format/template_check.h"
#include "reports/format/template_render.h"
#include "reports/format/template_set.h"
#include "reports/monitoring/indicators_report.h"
#include "reports/ranking/plan_report.h"
#include "reports/simulation/simulation_report.h"
#include "tests/test_support.h"

using namespace workrights;
using namespace workrights::testing;

namespace {

// The diagnostics of `text` as the template `name`, one formatted line each.
std::vector<std::string> Problems(const std::string& name, const std::string& text) {
  Diagnostics diags;
  CheckTemplate(name, text, *FindTemplateSpec(name), diags);
  std::vector<std::string> out;
  for (const auto& d : diags.items()) out.push_back(FormatDiagnostic(d));
  return out;
}

// A report on Jordan (one rule, on made-up data) laid out by `templates`: the Markdown plan, or the Markdown
// assessment.
enum class JordanReport { kPlan, kAssessment };
std::string Jordan(JordanReport report, const TemplateSet& templates) {
  TempDir dir;
  dir.Write("pack.lua", PackLua({"rules/a.lua"}));
  dir.Write("rules/a.lua", SimpleRule("a"));
  CountryProfile jor = MakeProfile("JOR", {{"rtw.wage_employment", FactValue(std::string("none"))}});
  jor.name = "Jordan";
  Dataset ds = MakeDataset({jor});
  RulePack pack = LoadRulePack(dir.path().string(), ds.catalogue);
  WorkerPool pool(pack, ds.catalogue, 1);
  Assessment a = Assess(pack, ds, pool, AssessOptions{});
  return report == JordanReport::kPlan ? PlansMarkdown(BuildPlans(a, 6), a, templates) : AssessmentMarkdown(a, templates);
}

std::string JordanPlan(const TemplateSet& templates) { return Jordan(JordanReport::kPlan, templates); }

// The shipped data under a shipped scenario, one deterministic run: what a report template of the simulation,
// the trend, the diff or the indicators is filled from.
struct Shipped {
  Dataset dataset = LoadDataset(RepoDir() + "/data");
  RulePack pack = LoadRulePack(RepoDir() + "/rules/standard", dataset.catalogue);
  WorkerPool pool{pack, dataset.catalogue, 1};
};

std::string SimulationReport(bool html, const TemplateSet& templates) {
  Shipped s;
  const Scenario sc = LoadScenario(RepoDir() + "/scenarios/asylum-seekers-work-early.json", RepoDir() + "/scenarios",
                                   s.dataset, s.pack.info);
  const SimulationResult r = Simulate(s.pack, s.dataset, sc, s.pool, SimulationOptions{});
  return html ? SimulationHtml(r, templates) : SimulationMarkdown(r, templates);
}

std::string IndicatorsReport(bool html, const TemplateSet& templates) {
  Shipped s;
  const Assessment a = Assess(s.pack, s.dataset, s.pool, AssessOptions{});
  const IndicatorReport r = ComputeIndicators(a);
  return html ? IndicatorsHtml(r, templates) : IndicatorsMarkdown(r, templates);
}

// How many lines of `a` and `b` differ (both must have as many).
size_t LinesDiffering(const std::string& a, const std::string& b) {
  REQUIRE(std::count(a.begin(), a.end(), '\n') == std::count(b.begin(), b.end(), '\n'));
  std::istringstream x(a), y(b);
  std::string p, q;
  size_t n = 0;
  while (std::getline(x, p) && std::getline(y, q)) n += p != q;
  return n;
}

std::string WithHeading(std::string text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("every built-in template checks against the view it is given", "[report]") {
  REQUIRE(EmbeddedTemplates().size() == TemplateSpecs().size());
  for (const EmbeddedTemplate& t : EmbeddedTemplates()) {
    INFO(t.name);
    REQUIRE(FindTemplateSpec(t.name) != nullptr);
    CHECK(Problems(std::string(t.name), std::string(t.text)).empty());
  }
}

TEST_CASE("an office's plan template changes the heading and leaves the rest of the plan as it was", "[report]") {
  const std::string builtin = JordanPlan(TemplateSet::BuiltIn());
  CHECK_THAT(builtin, Catch::StartsWith("# Joint advocacy plan: Jordan (JOR)\n"));
  TempDir office;
  office.Write("plan.md.mustache", WithHeading(std::string(TemplateSet::BuiltIn().Text("plan.md.mustache")),
                                               "# Joint advocacy plan:", "# Office plan for"));
  const std::string rebranded = JordanPlan(TemplateSet::WithOverrides(office.path().string()));
  CHECK_THAT(rebranded, Catch::StartsWith("# Office plan for Jordan (JOR)\n"));
  CHECK(rebranded.substr(rebranded.find('\n')) == builtin.substr(builtin.find('\n')));
}

TEST_CASE("an office's assessment template retitles each country's section and leaves the rest as it was", "[report]") {
  const std::string builtin = Jordan(JordanReport::kAssessment, TemplateSet::BuiltIn());
  CHECK_THAT(builtin, Catch::Contains("\nScores from 0 to 1 (1 = the situation") && Catch::Contains("\n## Jordan (JOR)\n"));
  TempDir office;
  office.Write("assessment.md.mustache",
               WithHeading(std::string(TemplateSet::BuiltIn().Text("assessment.md.mustache")), "\n## {{heading}}\n",
                           "\n## Country: {{heading}}\n"));
  const std::string reworded = Jordan(JordanReport::kAssessment, TemplateSet::WithOverrides(office.path().string()));
  CHECK_THAT(reworded, Catch::Contains("\n## Country: Jordan (JOR)\n"));
  const std::string marker = "Country: ";
  CHECK(reworded.substr(0, reworded.find(marker)) + reworded.substr(reworded.find(marker) + marker.size()) == builtin);
}

TEST_CASE("a template's mistakes are located by line and column, with the name meant", "[report]") {
  SECTION("a variable the view does not hold") {
    CHECK(Problems("plan.md.mustache", "{{#countries}}\n# Plan: {{nmae}}\n{{/countries}}\n") ==
          std::vector<std::string>{"plan.md.mustache:2:9: unknown variable 'nmae' (did you mean 'name'?)"});
  }
  SECTION("a variable of a list, used outside it") {
    CHECK(Problems("plan.md.mustache", "# {{iso3}}\n") ==
          std::vector<std::string>{"plan.md.mustache:1:3: unknown variable 'iso3'"});
  }
  SECTION("a tag never closed") {
    CHECK(Problems("plan.md.mustache", "{{#countries}}\n# {{name\n{{/countries}}\n") ==
          std::vector<std::string>{"plan.md.mustache:2:3: a tag opened here is never closed ('}}' missing)"});
  }
  SECTION("sections closed out of order") {
    CHECK(Problems("plan.md.mustache", "{{#countries}}{{#gaps}}\n{{/countries}}{{/gaps}}\n") ==
          std::vector<std::string>{
              "plan.md.mustache:2:1: {{/countries}} is out of place: the section open here is 'gaps' (line 1)",
              "plan.md.mustache:1:1: section 'countries' opened here is never closed (add {{/countries}})"});
  }
  SECTION("text left unescaped in HTML, markup escaped, a list written as text") {
    CHECK(Problems("page.html.mustache", "<title>{{{title}}}</title>{{body}}{{pack}}\n") ==
          std::vector<std::string>{
              "page.html.mustache:1:8: 'title' is text and must be escaped: write {{title}}",
              "page.html.mustache:1:27: 'body' is markup made by workrights: write {{{body}}}",
              "page.html.mustache:1:35: 'pack' is a group of variables: write one of them, as {{pack.name}}"});
  }
}

TEST_CASE("a templates folder with a mistake is refused whole, naming each file", "[report]") {
  TempDir office;
  SECTION("a file no report uses, with the name meant") {
    office.Write("plan.mustache", "x");
    REQUIRE_THROWS_WITH(TemplateSet::WithOverrides(office.path().string()),
                        (office.path() / "plan.mustache").string() +
                            ": no report uses a template named 'plan.mustache' (did you mean 'plan.md.mustache'?)");
  }
  SECTION("a template that does not check") {
    office.Write("plan.html.mustache", "{{#countries}}\n<h1>{{title}}</h1>\n");
    REQUIRE_THROWS_WITH(TemplateSet::WithOverrides(office.path().string()),
                        Catch::Contains((office.path() / "plan.html.mustache").string() +
                                        ":2:5: unknown variable 'title'"));
  }
  SECTION("a folder that is not there, or holds no template") {
    REQUIRE_THROWS_WITH(TemplateSet::WithOverrides((office.path() / "nowhere").string()),
                        Catch::EndsWith("nowhere: templates folder not found"));
    REQUIRE_THROWS_AS(TemplateSet::WithOverrides(office.path().string()), InputError);
  }
}

TEST_CASE("{{name}} escapes for the template's language and {{{name}}} writes markup as made", "[report]") {
  TempDir office;
  office.Write("page.html.mustache", "<title>{{title}}</title>{{{body}}}\n");
  const TemplateSet set = TemplateSet::WithOverrides(office.path().string());
  nlohmann::json view = {{"title", "Jordan's <plan> & \"asks\""}, {"body", "<p>made</p>"}, {"engine_version", "x"},
                         {"pack", {{"name", "p"}, {"version", "v"}, {"hash", "h"}}}, {"dataset_hash", "d"},
                         {"schema_version", "s"}, {"footer_note", false}};
  CHECK(RenderTemplate(set, "page.html.mustache", view) ==
        "<title>Jordan&#39;s &lt;plan&gt; &amp; &quot;asks&quot;</title><p>made</p>\n");
  view.erase("footer_note");
  CHECK_THROWS_AS(RenderTemplate(set, "page.html.mustache", view), std::logic_error);
}

TEST_CASE("a line holding only a section tag leaves no blank line, whether the section is shown or not", "[report]") {
  // kainjow alone left the closing tag's line break behind when a section was skipped (mustache_lines.h).
  TempDir office;
  office.Write("page.html.mustache", "<p>\n{{#footer_note}}\nnote: {{{footer_note}}}\n{{/footer_note}}\n"
                                     "  {{! a comment }}\n\n{{{body}}}</p>\n");
  const TemplateSet set = TemplateSet::WithOverrides(office.path().string());
  nlohmann::json view = {{"title", "t"}, {"body", "b"}, {"engine_version", "x"},
                         {"pack", {{"name", "p"}, {"version", "v"}, {"hash", "h"}}}, {"dataset_hash", "d"},
                         {"schema_version", "s"}, {"footer_note", false}};
  CHECK(RenderTemplate(set, "page.html.mustache", view) == "<p>\n\nb</p>\n");
  view["footer_note"] = "as of today";
  CHECK(RenderTemplate(set, "page.html.mustache", view) == "<p>\nnote: as of today\n\nb</p>\n");
}

TEST_CASE("an office's simulation templates retitle a section and leave the rest of the report as it was", "[report]") {
  TempDir office;
  office.Write("simulate.md.mustache", WithHeading(std::string(TemplateSet::BuiltIn().Text("simulate.md.mustache")),
                                                   "## Pledges", "## Office pledges"));
  office.Write("simulate.html.mustache", WithHeading(std::string(TemplateSet::BuiltIn().Text("simulate.html.mustache")),
                                                     "<h2>Pledges</h2>", "<h2>Office pledges</h2>"));
  const TemplateSet templates = TemplateSet::WithOverrides(office.path().string());
  for (bool html : {false, true}) {
    const std::string builtin = SimulationReport(html, TemplateSet::BuiltIn()), rebranded = SimulationReport(html, templates);
    CHECK_THAT(builtin, Catch::Contains("Pledges") && !Catch::Contains("Office pledges"));
    CHECK_THAT(rebranded, Catch::Contains(html ? "<h2>Office pledges</h2>" : "\n## Office pledges\n"));
    CHECK(LinesDiffering(builtin, rebranded) == 1);
  }
}

TEST_CASE("an office's indicators templates rename a column and leave the rest of the report as it was", "[report]") {
  TempDir office;
  office.Write("indicators.md.mustache", WithHeading(std::string(TemplateSet::BuiltIn().Text("indicators.md.mustache")),
                                                     "| indicator |", "| Office indicator |"));
  office.Write("indicators.html.mustache",
               WithHeading(std::string(TemplateSet::BuiltIn().Text("indicators.html.mustache")),
                           "<thead><tr><th>indicator</th>", "<thead><tr><th>Office indicator</th>"));
  const TemplateSet templates = TemplateSet::WithOverrides(office.path().string());
  for (bool html : {false, true}) {
    const std::string builtin = IndicatorsReport(html, TemplateSet::BuiltIn()), renamed = IndicatorsReport(html, templates);
    CHECK_THAT(builtin, !Catch::Contains("Office indicator"));
    CHECK_THAT(renamed, Catch::Contains(html ? "<th>Office indicator</th>" : "\n| Office indicator | in law |"));
    CHECK(LinesDiffering(builtin, renamed) == 1);
  }
}
