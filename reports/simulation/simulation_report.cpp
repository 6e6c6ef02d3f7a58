#include "reports/simulation/simulation_report.h"

#include <cmath>

#include "reports/format/csv.h"
#include "reports/format/html.h"
#include "reports/format/table.h"
#include "reports/format/template_render.h"
#include "reports/format/xlsx_workbook.h"
#include "reports/simulation/simulate_view.h"
#include "reports/simulation/simulation_figures.h"

namespace workrights {

std::string SimulationMarkdown(const SimulationResult& r, const TemplateSet& templates) {
  return RenderTemplate(templates, "simulate.md.mustache", SimulationView(r));
}

std::string SimulationCsv(const SimulationResult& r) {
  CsvTable t({"country", "name", "affected", "metric", "baseline_deterministic", "baseline_mean", "mean", "sd", "se",
              "p5", "p50", "p95", "change_mean", "change_se", "change_p5", "change_p95", "p_improves", "p_unchanged"});
  for (size_t c = 0; c < r.countries.size(); ++c) {
    for (size_t m = 0; m < r.metrics.size(); ++m) {
      const MetricFigures s = Figures(r, c, m);
      auto stat = [&](const Summary& x, double v) { return x.n ? CsvNumber(v) : std::string(); };
      t.Row({r.countries[c]->iso3, r.countries[c]->name, r.affected[c] ? "true" : "false", r.metrics[m],
             CsvNumber(s.deterministic), stat(s.baseline, s.baseline.mean), stat(s.scenario, s.scenario.mean),
             stat(s.scenario, s.scenario.sd), stat(s.scenario, s.scenario.se), stat(s.scenario, s.scenario.p5),
             stat(s.scenario, s.scenario.p50), stat(s.scenario, s.scenario.p95), stat(s.change, s.change.mean),
             stat(s.change, s.change.se), stat(s.change, s.change.p5), stat(s.change, s.change.p95),
             r.metrics[m] == "gap" ? "" : CsvNumber(s.p_improves), CsvNumber(s.p_unchanged)});
    }
  }
  return t.text();
}

namespace {

// A summary statistic as a cell: empty when the summary has no draws (unknown, never zero).
Cell StatCell(const Summary& x, double v) { return x.n ? Cell(v) : Cell(); }
Cell MaybeNumber(double v) { return std::isnan(v) ? Cell() : Cell(v); }

// One row per country and metric, the columns of the CSV, typed for a workbook.
Table SimulationTable(const SimulationResult& r) {
  Table t;
  t.title = "Simulation";
  t.columns = {{"country"}, {"name"}, {"affected"}, {"metric"}, {"baseline_deterministic", ColumnKind::kScore}};
  for (const char* h : {"baseline_mean", "mean", "sd", "se", "p5", "p50", "p95", "change_mean", "change_se",
                        "change_p5", "change_p95"}) {
    t.columns.push_back({h, ColumnKind::kScore});
  }
  t.columns.push_back({"p_improves", ColumnKind::kShare});
  t.columns.push_back({"p_unchanged", ColumnKind::kShare});
  for (size_t c = 0; c < r.countries.size(); ++c) {
    for (size_t m = 0; m < r.metrics.size(); ++m) {
      const MetricFigures s = Figures(r, c, m);
      t.Add({r.countries[c]->iso3, r.countries[c]->name, std::string(r.affected[c] ? "true" : "false"), r.metrics[m],
             MaybeNumber(s.deterministic), StatCell(s.baseline, s.baseline.mean), StatCell(s.scenario, s.scenario.mean),
             StatCell(s.scenario, s.scenario.sd), StatCell(s.scenario, s.scenario.se), StatCell(s.scenario, s.scenario.p5),
             StatCell(s.scenario, s.scenario.p50), StatCell(s.scenario, s.scenario.p95), StatCell(s.change, s.change.mean),
             StatCell(s.change, s.change.se), StatCell(s.change, s.change.p5), StatCell(s.change, s.change.p95),
             r.metrics[m] == "gap" ? Cell() : MaybeNumber(s.p_improves), MaybeNumber(s.p_unchanged)});
    }
  }
  return t;
}

}  // namespace

void WriteSimulationWorkbook(const SimulationResult& r, const std::string& path) {
  Table about{"About", {{"field"}, {"value"}}, {}};
  about.Add({"scenario", r.scenario->id + " (" + r.scenario->title + ")"});
  about.Add({"as_of", r.scenario->as_of.ToString()});
  about.Add({"mode", SimulationMode(r)});
  about.Add({"draws", static_cast<double>(r.options.draws)});
  about.Add({"seed", static_cast<double>(r.options.seed)});
  about.Add({"note", std::string(kSimulationNote)});
  WriteWorkbook(path, {SimulationTable(r), about}, WorkbookInfo{SimulationTitle(r), r.scenario->as_of});
}

std::string SimulationHtml(const SimulationResult& r, const TemplateSet& templates) {
  const std::string body = RenderTemplate(templates, "simulate.html.mustache", SimulationView(r));
  return HtmlPage(SimulationTitle(r), body, *r.pack, *r.dataset,
                  "scenario " + HtmlEscape(r.scenario->id) + (r.options.draws ? " · seed " + std::to_string(r.options.seed) : ""),
                  templates);
}

}  // namespace workrights
