#include "reports/simulation/simulation_report.h"

#include <cmath>
#include <cstdio>

#include "core/base/statistics.h"
#include "reports/format/csv.h"
#include "reports/format/html.h"
#include "reports/format/markdown_text.h"
#include "reports/format/svg_charts.h"
#include "reports/format/table.h"
#include "reports/format/xlsx_workbook.h"

namespace workrights {
namespace {

std::string Fixed(double x, int d) {
  if (std::isnan(x)) return "unknown";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", d, x);
  return buf;
}

// The report's view of one metric: baseline and scenario under the same draws, their change, and the
// deterministic baseline (point values, no draws) for reference.
struct MetricView {
  double deterministic;
  Summary baseline, scenario, change;
  double p_improves;   // of draws where it changed; NaN when it never changed
  double p_unchanged;  // NaN when no draw has both
};

MetricView Stats(const SimulationResult& r, size_t c, size_t m) {
  const MetricStats& st = r.Stats(c, m);
  return {r.BaselinePoint(c, m), st.baseline, st.scenario, st.change, st.p_improves, st.p_unchanged};
}

// "+0.012 [+0.000, +0.050]": the change's mean with its 5th-95th percentile range.
std::string ChangeText(const Summary& change) {
  if (!change.n) return "unknown";
  // Four decimals: a pledge touching one rule of 46 moves the overall score by thousandths.
  auto signed_fixed = [](double x) { return (x >= 0 ? "+" : "") + Fixed(x, 4); };
  return signed_fixed(change.mean) + " [" + signed_fixed(change.p5) + ", " + signed_fixed(change.p95) + "]";
}

std::string MeanText(const Summary& s) { return s.n ? Fixed(s.mean, 3) : "unknown"; }

// "0.82 of 70% of draws": P(improves) among the draws where the score changed, and how often it did.
std::string ImprovesText(const MetricView& s) {
  if (std::isnan(s.p_unchanged)) return "unknown";
  if (std::isnan(s.p_improves)) return "no change in any draw";
  return Fixed(s.p_improves, 2) + " (changed in " + Fixed((1 - s.p_unchanged) * 100, 0) + "% of draws)";
}

constexpr const char* kTableNote =
    "Baseline and scenario are computed under the same draws (the same sampled facts and weights), so the change "
    "compares like with like; P(improves) is the share of draws with a higher score among the draws where the "
    "scenario changed the score. The deterministic baseline uses point values and no draws.";

double PledgeMean(const SimulationResult& r, size_t p, size_t* covered) {
  double sum = 0;
  size_t n = 0;
  for (size_t c = 0; c < r.countries.size(); ++c) {
    if (!r.pledge_applies[p] || !r.scenario->pledges[p].Covers(r.countries[c]->iso3)) continue;
    const Summary& s = r.ContributionStats(p, c);
    if (s.n) {
      sum += s.mean;
      ++n;
    }
  }
  *covered = n;
  return n ? sum / double(n) : std::nan("");
}

double Implemented(const SimulationResult& r, size_t p) {
  size_t k = 0;
  for (size_t run = 0; run < r.runs; ++run) k += r.implemented[run * r.pledge_applies.size() + p];
  return double(k) / double(r.runs);
}

std::string Title(const SimulationResult& r) { return "What if: " + r.scenario->title; }

std::string Mode(const SimulationResult& r) {
  return r.options.draws ? std::to_string(r.options.draws) + " Monte Carlo draws, seed " + std::to_string(r.options.seed)
                         : std::string("deterministic: every pledge effective by the date implemented, point values");
}

}  // namespace

std::string SimulationMarkdown(const SimulationResult& r) {
  std::string out = "# " + MarkdownCell(Title(r)) + "\n\n";
  out += "Scenario `" + r.scenario->id + "`, as of " + r.scenario->as_of.ToString() + "; " + Mode(r) + ".\n\n";
  if (!r.scenario->description.empty()) out += MarkdownCell(r.scenario->description) + "\n\n";
  out += "## Overall score in the countries the pledges cover\n\n";
  out += std::string(kTableNote) + "\n\n";
  out += "| country | baseline mean | scenario mean | change: mean [p5, p95] | ± (MC s.e. of change) | P(improves) | "
         "deterministic baseline |\n|---|---|---|---|---|---|---|\n";
  for (size_t c = 0; c < r.countries.size(); ++c) {
    if (!r.pledged[c]) continue;
    MetricView s = Stats(r, c, 0);
    out += "| " + MarkdownCell(r.countries[c]->name) + " (" + r.countries[c]->iso3 + ") | " + MeanText(s.baseline) + " | " +
           MeanText(s.scenario) + " | " + ChangeText(s.change) + " | " + (s.change.n ? Fixed(s.change.se, 5) : "") +
           " | " + ImprovesText(s) + " | " + Fixed(s.deterministic, 3) + " |\n";
  }
  out += "\n## Pledges\n\nContribution: the overall score with every implemented pledge minus the same without this "
         "one, averaged over draws (0 in draws where it is not implemented) and over the countries it covers.\n\n";
  out += "| pledge | countries | effective | probability | implemented in | mean contribution |\n|---|---|---|---|---|---|\n";
  for (size_t p = 0; p < r.scenario->pledges.size(); ++p) {
    const Pledge& pl = r.scenario->pledges[p];
    size_t covered = 0;
    double mean = PledgeMean(r, p, &covered);
    std::string countries;
    for (const auto& c : pl.countries) countries += (countries.empty() ? "" : ", ") + c;
    out += "| " + MarkdownCell(pl.title) + (pl.link.empty() ? "" : " ([source](" + pl.link + "))") + " | " +
           (countries.empty() ? "all" : countries) + " | " + pl.effective.ToString() +
           (r.pledge_applies[p] ? "" : " (after the scenario date: not applied)") + " | " + Fixed(pl.probability, 2) +
           " | " + Fixed(Implemented(r, p) * 100, 0) + "% | " + Fixed(mean, 4) + " |\n";
  }
  return out;
}

std::string SimulationCsv(const SimulationResult& r) {
  CsvTable t({"country", "name", "affected", "metric", "baseline_deterministic", "baseline_mean", "mean", "sd", "se",
              "p5", "p50", "p95", "change_mean", "change_se", "change_p5", "change_p95", "p_improves", "p_unchanged"});
  for (size_t c = 0; c < r.countries.size(); ++c) {
    for (size_t m = 0; m < r.metrics.size(); ++m) {
      MetricView s = Stats(r, c, m);
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
      MetricView s = Stats(r, c, m);
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
  about.Add({"mode", Mode(r)});
  about.Add({"draws", static_cast<double>(r.options.draws)});
  about.Add({"seed", static_cast<double>(r.options.seed)});
  about.Add({"note", std::string(kTableNote)});
  WriteWorkbook(path, {SimulationTable(r), about}, WorkbookInfo{Title(r), r.scenario->as_of});
}

std::string SimulationHtml(const SimulationResult& r) {
  std::string b = "<h1>" + HtmlEscape(Title(r)) + "</h1>\n<p class=\"lead\">Scenario <code>" + HtmlEscape(r.scenario->id) +
                  "</code>, as of " + r.scenario->as_of.ToString() + " · " + HtmlEscape(Mode(r)) + "</p>\n";
  if (!r.scenario->description.empty()) b += "<p>" + HtmlEscape(r.scenario->description) + "</p>\n";
  std::vector<IntervalItem> items;
  for (size_t c = 0; c < r.countries.size(); ++c) {
    if (!r.pledged[c]) continue;
    MetricView s = Stats(r, c, 0);
    IntervalItem it;
    it.label = r.countries[c]->name;
    if (s.scenario.n) {
      it.low = s.scenario.p5;
      it.mid = s.scenario.p50;
      it.high = s.scenario.p95;
    }
    if (s.baseline.n) it.marker = s.baseline.mean;
    items.push_back(it);
  }
  b += "<h2>Overall score in the countries the pledges cover</h2>\n<p class=\"legend\">Bars: the scenario's range from the 5th to "
       "the 95th percentile of the draws, with the median as a dark line; red dot: the baseline's mean under the same draws. "
       "Hatched: unknown.</p>\n<p class=\"legend\">" + std::string(kTableNote) + "</p>\n";
  b += SvgIntervals(items, 0, 1, "overall score (0 to 1)") + "\n";
  b += "<table>\n<tr><th>country</th><th class=\"num\">baseline mean</th><th class=\"num\">scenario mean</th>"
       "<th class=\"num\">change: mean [p5, p95]</th><th class=\"num\">MC s.e. of change</th>"
       "<th class=\"num\">P(improves)</th><th class=\"num\">deterministic baseline</th></tr>\n";
  for (size_t c = 0; c < r.countries.size(); ++c) {
    if (!r.pledged[c]) continue;
    MetricView s = Stats(r, c, 0);
    auto cell = [&](double v, int d) {
      return std::isnan(v) ? std::string("<span class=\"unknown\">unknown</span>") : Fixed(v, d);
    };
    b += "<tr><td>" + HtmlEscape(r.countries[c]->name) + "</td><td class=\"num\">" +
         (s.baseline.n ? cell(s.baseline.mean, 3) : cell(std::nan(""), 3)) + "</td><td class=\"num\">" +
         (s.scenario.n ? cell(s.scenario.mean, 3) : cell(std::nan(""), 3)) + "</td><td class=\"num\">" +
         HtmlEscape(ChangeText(s.change)) + "</td><td class=\"num\">" + (s.change.n ? cell(s.change.se, 5) : "") +
         "</td><td class=\"num\">" + HtmlEscape(ImprovesText(s)) + "</td><td class=\"num\">" +
         cell(s.deterministic, 3) + "</td></tr>\n";
  }
  b += "</table>\n<h2>Pledges</h2>\n<table>\n<tr><th>pledge</th><th>effective</th><th class=\"num\">probability</th>"
       "<th class=\"num\">implemented in</th><th class=\"num\">mean contribution</th></tr>\n";
  for (size_t p = 0; p < r.scenario->pledges.size(); ++p) {
    const Pledge& pl = r.scenario->pledges[p];
    size_t covered = 0;
    double mean = PledgeMean(r, p, &covered);
    std::string title = HtmlEscape(pl.title);
    if (!pl.link.empty()) title = "<a href=\"" + HtmlEscape(pl.link) + "\">" + title + "</a>";
    b += "<tr><td>" + title + "</td><td>" + pl.effective.ToString() + "</td><td class=\"num\">" + Fixed(pl.probability, 2) +
         "</td><td class=\"num\">" + Fixed(Implemented(r, p) * 100, 0) + "%</td><td class=\"num\">" + Fixed(mean, 4) +
         "</td></tr>\n";
  }
  b += "</table>\n";
  return HtmlPage(Title(r), b, *r.pack, *r.dataset,
                  "scenario " + HtmlEscape(r.scenario->id) + (r.options.draws ? " · seed " + std::to_string(r.options.seed) : ""));
}

}  // namespace workrights
