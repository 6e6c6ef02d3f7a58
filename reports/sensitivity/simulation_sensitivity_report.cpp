#include "reports/sensitivity/simulation_sensitivity_report.h"

#include "reports/assessment/json_writer.h"
#include "reports/format/csv.h"
#include "reports/format/html.h"
#include "reports/format/template_render.h"
#include "reports/sensitivity/sensitivity_tables.h"
#include "reports/sensitivity/simulation_sensitivity_view.h"

namespace workrights {

nlohmann::json SimulationSensitivityToJson(const SimulationSensitivity& s, const PackInfo& pack, const Dataset& dataset) {
  nlohmann::json out = OutputHeader("simulation_sensitivity", pack, dataset);
  out["scenario"] = {{"id", s.scenario->id}, {"title", s.scenario->title}, {"as_of", s.scenario->as_of.ToString()}};
  out["method"] = {{"description", std::string(kSobolMethod)}, {"samples", s.options.samples}, {"runs", s.runs},
                   {"bootstrap", s.options.bootstrap}, {"confidence", s.options.confidence},
                   {"seed", s.options.seed}};
  out["inputs"] = InputsJson(s.inputs);
  nlohmann::json countries = nlohmann::json::array();
  for (const auto& c : s.countries) {
    countries.push_back({{"country", c.profile->iso3}, {"name", c.profile->name},
                         {"overall_indices", TargetJson(c.overall, s.inputs)},
                         {"effect_indices", TargetJson(c.effect, s.inputs)}});
  }
  out["countries"] = countries;
  out["reading"] = s.reading;
  out["evaluations"] = {{"runs", s.runs}, {"rule_evaluations", s.rule_evaluations},
                        {"aggregations", s.aggregations}, {"reused", s.reused}};
  return out;
}

std::string SimulationSensitivityCsv(const SimulationSensitivity& s) {
  CsvTable t = SensitivityCsvTable();
  for (const auto& c : s.countries) {
    CsvTarget(t, "overall", c.profile->iso3, c.overall, s.inputs);
    CsvTarget(t, "effect", c.profile->iso3, c.effect, s.inputs);
  }
  return t.text();
}

std::string SimulationSensitivityMarkdown(const SimulationSensitivity& s, const PackInfo& pack,
                                          const TemplateSet& templates) {
  return RenderTemplate(templates, "simulate-sensitivity.md.mustache", SimulationSensitivityView(s, pack));
}

std::string SimulationSensitivityHtml(const SimulationSensitivity& s, const PackInfo& pack, const Dataset& dataset,
                                      const TemplateSet& templates) {
  const std::string body = RenderTemplate(templates, "simulate-sensitivity.html.mustache", SimulationSensitivityView(s, pack));
  return HtmlPage("Sensitivity of a scenario's results", body, pack, dataset, RunText(s.options), templates);
}

}  // namespace workrights
