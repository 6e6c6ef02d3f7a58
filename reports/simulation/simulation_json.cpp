#include "reports/simulation/simulation_json.h"

#include <cmath>
#include <filesystem>

#include "core/base/statistics.h"
#include "reports/assessment/json_writer.h"

namespace workrights {
namespace {

nlohmann::json Number(double x) { return std::isnan(x) ? nlohmann::json(nullptr) : nlohmann::json(RoundScore(x)); }

nlohmann::json SummaryJson(const Summary& s) {
  if (s.n == 0) return nullptr;
  return {{"n", s.n}, {"mean", RoundScore(s.mean)}, {"sd", RoundScore(s.sd)}, {"se", RoundScore(s.se)},
          {"p5", RoundScore(s.p5)}, {"p50", RoundScore(s.p50)}, {"p95", RoundScore(s.p95)}};
}

}  // namespace

nlohmann::json SimulationToJson(const SimulationResult& r) {
  const Scenario& sc = *r.scenario;
  nlohmann::json out = OutputHeader("simulation", *r.pack, *r.dataset);
  nlohmann::json files = nlohmann::json::array();
  for (const auto& f : sc.files) files.push_back(std::filesystem::path(f).filename().string());
  out["scenario"] = {{"id", sc.id}, {"title", sc.title}, {"as_of", sc.as_of.ToString()}, {"files", files}};
  bool mc = r.options.draws > 0;
  out["mode"] = mc ? "monte_carlo" : "deterministic";
  out["draws"] = r.options.draws;
  out["seed"] = r.options.seed;
  out["evaluations"] = {
      {"done", r.evaluations},
      {"full", r.evaluations_full},
      {"skipped_share", r.evaluations_full ? RoundScore(1.0 - double(r.evaluations) / double(r.evaluations_full)) : 0.0}};
  out["metrics"] = r.metrics;

  const size_t nc = r.countries.size(), nm = r.metrics.size(), np = sc.pledges.size();
  nlohmann::json countries = nlohmann::json::array();
  for (size_t c = 0; c < nc; ++c) {
    nlohmann::json metrics = nlohmann::json::object();
    for (size_t m = 0; m < nm; ++m) {
      const MetricStats& st = r.Stats(c, m);
      nlohmann::json mj = {{"baseline_deterministic", Number(r.BaselinePoint(c, m))},
                           {"baseline", SummaryJson(st.baseline)},
                           {"scenario", SummaryJson(st.scenario)},
                           {"change", SummaryJson(st.change)},
                           {"p_unchanged", Number(st.p_unchanged)}};
      // Higher is better for every metric but the gap, where a rise may only mean practice fell behind.
      if (r.metrics[m] != "gap") mj["p_improves"] = Number(st.p_improves);
      metrics[r.metrics[m]] = mj;
    }
    countries.push_back({{"country", r.countries[c]->iso3},
                         {"name", r.countries[c]->name},
                         {"affected", static_cast<bool>(r.affected[c])},
                         {"pledged", static_cast<bool>(r.pledged[c])},
                         {"metrics", metrics}});
  }
  out["countries"] = countries;

  nlohmann::json pledges = nlohmann::json::array();
  for (size_t p = 0; p < np; ++p) {
    const Pledge& pl = sc.pledges[p];
    size_t implemented = 0;
    for (size_t run = 0; run < r.runs; ++run) implemented += r.implemented[run * np + p];
    nlohmann::json by_country = nlohmann::json::array();
    double sum_of_means = 0;
    size_t counted = 0;
    for (size_t c = 0; c < nc; ++c) {
      if (!r.pledge_applies[p] || !pl.Covers(r.countries[c]->iso3)) continue;
      const Summary& s = r.ContributionStats(p, c);
      nlohmann::json entry = {{"country", r.countries[c]->iso3}, {"mean", nullptr}, {"se", nullptr}, {"n", s.n}};
      if (s.n > 0) {
        entry["mean"] = RoundScore(s.mean);
        entry["se"] = RoundScore(s.se);
        sum_of_means += s.mean;
        ++counted;
      }
      by_country.push_back(entry);
    }
    nlohmann::json countries_json = pl.countries.empty() ? nlohmann::json("*") : nlohmann::json(pl.countries);
    pledges.push_back({{"id", pl.id},
                       {"title", pl.title},
                       {"link", pl.link.empty() ? nlohmann::json(nullptr) : nlohmann::json(pl.link)},
                       {"countries", countries_json},
                       {"effective", pl.effective.ToString()},
                       {"probability", pl.probability},
                       {"applies", static_cast<bool>(r.pledge_applies[p])},
                       {"implemented_share", RoundScore(double(implemented) / double(r.runs))},
                       {"mean_contribution", counted ? nlohmann::json(RoundScore(sum_of_means / double(counted)))
                                                     : nlohmann::json(nullptr)},
                       {"by_country", by_country}});
  }
  out["pledges"] = pledges;
  return out;
}

}  // namespace workrights
