#include "reports/sensitivity/sensitivity_report.h"

#include "reports/assessment/json_writer.h"
#include "reports/format/csv.h"
#include "reports/format/html.h"
#include "reports/format/template_render.h"
#include "reports/sensitivity/sensitivity_tables.h"
#include "reports/sensitivity/sensitivity_view.h"

namespace workrights {

nlohmann::json SensitivityToJson(const SobolSensitivity& s, const PackInfo& pack, const Dataset& dataset) {
  nlohmann::json out = OutputHeader("sensitivity", pack, dataset);
  out["scenario"] = s.scenario ? nlohmann::json{{"id", s.scenario->id}, {"title", s.scenario->title},
                                                {"as_of", s.scenario->as_of.ToString()}}
                               : nlohmann::json(nullptr);
  out["as_of"] = s.as_of.ToString();
  out["group"] = s.group.empty() ? nlohmann::json(nullptr) : nlohmann::json(s.group);
  out["method"] = {{"description", std::string(kSobolMethod)}, {"samples", s.options.samples}, {"runs", s.runs},
                   {"bootstrap", s.options.bootstrap}, {"confidence", s.options.confidence},
                   {"seed", s.options.seed}, {"unknowns", UnknownsModeName(s.options.unknowns)}};
  out["top_k"] = s.top;
  out["top"] = s.point_top;
  out["inputs"] = InputsJson(s.inputs);
  out["top_set"] = TargetJson(s.top_set, s.inputs);
  nlohmann::json countries = nlohmann::json::array();
  for (const auto& c : s.countries) {
    countries.push_back({{"country", c.profile->iso3}, {"name", c.profile->name},
                         {"rank", c.point_rank ? nlohmann::json(*c.point_rank) : nlohmann::json(nullptr)},
                         {"rank_indices", TargetJson(c.rank, s.inputs)},
                         {"overall_indices", TargetJson(c.overall, s.inputs)},
                         {"top_indices", TargetJson(c.top, s.inputs)}});
  }
  out["countries"] = countries;
  out["reading"] = s.reading;
  out["evaluations"] = {{"runs", s.runs}, {"rule_evaluations", s.rule_evaluations},
                        {"priority_evaluations", s.priority_evaluations}, {"reused", s.reused}};
  return out;
}

std::string SensitivityCsv(const SobolSensitivity& s) {
  CsvTable t = SensitivityCsvTable();
  CsvTarget(t, "top_set", "", s.top_set, s.inputs);
  for (const auto& c : s.countries) {
    CsvTarget(t, "rank", c.profile->iso3, c.rank, s.inputs);
    CsvTarget(t, "overall", c.profile->iso3, c.overall, s.inputs);
    CsvTarget(t, "top", c.profile->iso3, c.top, s.inputs);
  }
  return t.text();
}

std::string SensitivityMarkdown(const SobolSensitivity& s, const PackInfo& pack, const TemplateSet& templates) {
  return RenderTemplate(templates, "sensitivity.md.mustache", SensitivityView(s, pack));
}

std::string SensitivityHtml(const SobolSensitivity& s, const PackInfo& pack, const Dataset& dataset,
                            const TemplateSet& templates) {
  const std::string body = RenderTemplate(templates, "sensitivity.html.mustache", SensitivityView(s, pack));
  return HtmlPage("Sensitivity of the priority list", body, pack, dataset, RunText(s.options), templates);
}

}  // namespace workrights
