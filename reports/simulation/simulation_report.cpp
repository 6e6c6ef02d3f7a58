#include "reports/simulation/simulation_report.h"

#include <cmath>
#include <cstdio>

#include "core/base/statistics.h"
#include "reports/format/csv.h"
#include "reports/format/html.h"
#include "reports/format/markdown_text.h"
#include "reports/format/svg_charts.h"

namespace workrights {
namespace {

std::string Fixed(double x, int d) {
  if (std::isnan(x)) return "unknown";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", d, x);
  return buf;
}

// The report's view of one metric: the point baseline beside the simulation's summaries.
struct MetricView {
  double baseline;
  Summary scenario, change;
  double p_improves;  // NaN when no draw has both
};

MetricView Stats(const SimulationResult& r, size_t c, size_t m) {
  const MetricStats& st = r.Stats(c, m);
  return {r.BaselinePoint(c, m), st.scenario, st.change, st.p_improves};
}

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
  out += "| country | baseline | scenario mean | p5 | p50 | p95 | ± (MC s.e.) | P(improves) |\n|---|---|---|---|---|---|---|---|\n";
  for (size_t c = 0; c < r.countries.size(); ++c) {
    if (!r.pledged[c]) continue;
    MetricView s = Stats(r, c, 0);
    out += "| " + MarkdownCell(r.countries[c]->name) + " (" + r.countries[c]->iso3 + ") | " + Fixed(s.baseline, 3) + " | " +
           (s.scenario.n ? Fixed(s.scenario.mean, 3) + " | " + Fixed(s.scenario.p5, 3) + " | " + Fixed(s.scenario.p50, 3) +
                               " | " + Fixed(s.scenario.p95, 3) + " | " + Fixed(s.scenario.se, 4)
                         : std::string("unknown | | | | ")) +
           " | " + Fixed(s.p_improves, 2) + " |\n";
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
  CsvTable t({"country", "name", "affected", "metric", "baseline", "mean", "sd", "se", "p5", "p50", "p95", "change_mean",
              "change_se", "p_improves"});
  for (size_t c = 0; c < r.countries.size(); ++c) {
    for (size_t m = 0; m < r.metrics.size(); ++m) {
      MetricView s = Stats(r, c, m);
      auto stat = [&](const Summary& x, double v) { return x.n ? CsvNumber(v) : std::string(); };
      t.Row({r.countries[c]->iso3, r.countries[c]->name, r.affected[c] ? "true" : "false", r.metrics[m],
             CsvNumber(s.baseline), stat(s.scenario, s.scenario.mean), stat(s.scenario, s.scenario.sd),
             stat(s.scenario, s.scenario.se), stat(s.scenario, s.scenario.p5), stat(s.scenario, s.scenario.p50),
             stat(s.scenario, s.scenario.p95), stat(s.change, s.change.mean), stat(s.change, s.change.se),
             r.metrics[m] == "gap" ? "" : CsvNumber(s.p_improves)});
    }
  }
  return t.text();
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
    if (!std::isnan(s.baseline)) it.marker = s.baseline;
    items.push_back(it);
  }
  b += "<h2>Overall score in the countries the pledges cover</h2>\n<p class=\"legend\">Bars: the scenario's range from the 5th to "
       "the 95th percentile of the draws, with the median as a dark line; red dot: the baseline. Hatched: unknown.</p>\n";
  b += SvgIntervals(items, 0, 1, "overall score (0 to 1)") + "\n";
  b += "<table>\n<tr><th>country</th><th class=\"num\">baseline</th><th class=\"num\">mean</th><th class=\"num\">p5</th>"
       "<th class=\"num\">p95</th><th class=\"num\">MC s.e.</th><th class=\"num\">P(improves)</th></tr>\n";
  for (size_t c = 0; c < r.countries.size(); ++c) {
    if (!r.pledged[c]) continue;
    MetricView s = Stats(r, c, 0);
    auto cell = [&](double v, int d) {
      return std::isnan(v) ? std::string("<span class=\"unknown\">unknown</span>") : Fixed(v, d);
    };
    b += "<tr><td>" + HtmlEscape(r.countries[c]->name) + "</td><td class=\"num\">" + cell(s.baseline, 3) +
         "</td><td class=\"num\">" + (s.scenario.n ? cell(s.scenario.mean, 3) : cell(std::nan(""), 3)) +
         "</td><td class=\"num\">" + (s.scenario.n ? cell(s.scenario.p5, 3) : "") + "</td><td class=\"num\">" +
         (s.scenario.n ? cell(s.scenario.p95, 3) : "") + "</td><td class=\"num\">" +
         (s.scenario.n ? cell(s.scenario.se, 4) : "") + "</td><td class=\"num\">" + cell(s.p_improves, 2) + "</td></tr>\n";
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
