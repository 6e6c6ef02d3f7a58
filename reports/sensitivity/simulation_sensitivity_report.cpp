#include "reports/sensitivity/simulation_sensitivity_report.h"

#include <cmath>
#include <optional>

#include "reports/assessment/json_writer.h"
#include "reports/format/csv.h"
#include "reports/format/html.h"
#include "reports/format/markdown_text.h"
#include "reports/format/score_format.h"
#include "reports/format/svg_charts.h"
#include "reports/sensitivity/sensitivity_tables.h"

namespace workrights {
namespace {

bool Varies(const TargetIndices& t) { return t.known && t.variance > 0; }

/// The mean over the countries whose score varies of each input's total effect on it: how much of the
/// typical country's variation it explains.
std::vector<std::optional<double>> MeanTotals(const SimulationSensitivity& s) {
  std::vector<std::optional<double>> means(s.inputs.size());
  size_t n = 0;
  std::vector<double> sums(s.inputs.size(), 0);
  for (const auto& c : s.countries) {
    if (!Varies(c.overall)) continue;
    ++n;
    for (size_t i = 0; i < s.inputs.size(); ++i) {
      const double v = c.overall.groups[i].total.value;
      if (!std::isnan(v)) sums[i] += v;
    }
  }
  for (size_t i = 0; n > 0 && i < s.inputs.size(); ++i) means[i] = sums[i] / double(n);
  return means;
}

std::string Title(const SimulationSensitivity& s) {
  return "scenario " + s.scenario->title + " (`" + s.scenario->id + "`, as of " + s.scenario->as_of.ToString() + ")";
}

std::vector<std::string> CountryHeader(const SimulationSensitivity& s) {
  std::vector<std::string> h = {"country", "score (mean)", "effect (mean)"};
  for (const auto& in : s.inputs) h.push_back(in.id);
  return h;
}

// A country whose score varies: its mean score and effect, and each input's total effect on its score.
std::vector<std::string> CountryCells(const SimulationSensitivity& s, const CountrySimulationSensitivity& c) {
  std::vector<std::string> cells = {c.profile->name + " (" + c.profile->iso3 + ")",
                                    c.overall.known ? Fixed(c.overall.mean, 3) : "unknown",
                                    c.effect.known ? Fixed(c.effect.mean, 3) : "unknown"};
  for (size_t i = 0; i < s.inputs.size(); ++i) cells.push_back(Two(c.overall.groups[i].total.value));
  return cells;
}

void CsvTarget(CsvTable& t, const std::string& target, const std::string& iso3, const TargetIndices& ti,
               const std::vector<SensitivityInput>& inputs) {
  for (size_t i = 0; i < inputs.size(); ++i) {
    const GroupIndices& g = ti.groups[i];
    t.Row({target, iso3, inputs[i].id, CsvNumber(g.first.value), CsvNumber(g.first.low), CsvNumber(g.first.high),
           CsvNumber(g.total.value), CsvNumber(g.total.low), CsvNumber(g.total.high),
           ti.known ? CsvNumber(ti.mean) : "", ti.known ? CsvNumber(ti.variance) : ""});
  }
}

size_t VaryingCountries(const SimulationSensitivity& s) {
  size_t n = 0;
  for (const auto& c : s.countries) n += Varies(c.overall) ? 1 : 0;
  return n;
}

}  // namespace

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
  CsvTable t({"target", "country", "input", "first_order", "first_order_low", "first_order_high", "total",
              "total_low", "total_high", "mean", "variance"});
  for (const auto& c : s.countries) {
    CsvTarget(t, "overall", c.profile->iso3, c.overall, s.inputs);
    CsvTarget(t, "effect", c.profile->iso3, c.effect, s.inputs);
  }
  return t.text();
}

std::string SimulationSensitivityMarkdown(const SimulationSensitivity& s, const PackInfo& pack) {
  std::string out = "# Which assumptions drive the scenario's results\n\n";
  out += "Simulation of the " + MarkdownCell(Title(s)) + ", pack `" + pack.name + "` " + pack.version + ". " +
         std::to_string(s.options.samples) + " base samples, " + std::to_string(s.runs) + " runs, seed " +
         std::to_string(s.options.seed) + ".\n\n";
  out += MarkdownCell(s.reading) + "\n\n";
  out += "The inputs, and the mean of each one's total effect on the overall score over the " +
         std::to_string(VaryingCountries(s)) + " countries whose score varies:\n\n";
  out += "| input | range | mean total effect |\n|---|---|---|\n";
  const auto means = MeanTotals(s);
  for (size_t i = 0; i < s.inputs.size(); ++i) {
    out += MarkdownRow({s.inputs[i].label, RangeText(s.inputs[i]), means[i] ? Two(*means[i]) : "—"});
  }
  out += "\nEach country whose score varies: its mean score and the scenario's mean effect on it over the runs, and "
         "the total effect of each input on its score (first-order indices and intervals in the JSON and CSV):\n\n";
  const std::vector<std::string> header = CountryHeader(s);
  out += MarkdownRow(header) + "|";
  for (size_t i = 0; i < header.size(); ++i) out += "---|";
  out += "\n";
  for (const auto& c : s.countries) {
    if (Varies(c.overall)) out += MarkdownRow(CountryCells(s, c));
  }
  return out;
}

std::string SimulationSensitivityHtml(const SimulationSensitivity& s, const PackInfo& pack, const Dataset& dataset) {
  std::string b = "<h1>Which assumptions drive the scenario's results</h1>\n<p class=\"lead\">Simulation of the " +
                  HtmlEscape(Title(s)) + " · " + std::to_string(s.options.samples) + " base samples, " +
                  std::to_string(s.runs) + " runs</p>\n<p>" + HtmlEscape(s.reading) + "</p>\n";
  std::vector<BarItem> bars;
  const auto means = MeanTotals(s);
  for (size_t i = 0; i < s.inputs.size(); ++i) bars.push_back({s.inputs[i].label, means[i]});
  b += "<h2>Total effect of each input on a country's score</h2>\n<p class=\"legend\">The mean, over the " +
       std::to_string(VaryingCountries(s)) +
       " countries whose score varies, of the share of the variance of its score that each input explains, alone "
       "and with others. Hatched: no country's score varies.</p>\n" +
       SvgBars(bars, "Mean total effect of each input on a country's overall score", "sensitivity-simulation", 640) + "\n";
  b += "<table>\n" + HtmlRow({"input", "range", "mean total effect"}, "th");
  for (size_t i = 0; i < s.inputs.size(); ++i) {
    b += HtmlRow({s.inputs[i].label, RangeText(s.inputs[i]), means[i] ? Two(*means[i]) : "—"}, "td");
  }
  b += "</table>\n<h2>Each country's score: total effect of each input</h2>\n<table>\n" + HtmlRow(CountryHeader(s), "th");
  for (const auto& c : s.countries) {
    if (Varies(c.overall)) b += HtmlRow(CountryCells(s, c), "td");
  }
  b += "</table>\n<p class=\"legend\">" + HtmlEscape(std::string(kSobolMethod)) + ".</p>\n";
  return HtmlPage("Sensitivity of a scenario's results", b, pack, dataset,
                  "seed " + std::to_string(s.options.seed) + " · " + std::to_string(s.options.samples) + " samples");
}

}  // namespace workrights
