// Simulation: values checked by hand, determinism across threads, incremental = full evaluation, counts.
#include <catch2/catch.hpp>

#include <cmath>

#include "core/load/profile_loader.h"
#include "core/simulate/random.h"
#include "core/rules/rule_pack.h"
#include "core/simulate/scenario.h"
#include "core/simulate/simulator.h"
#include "core/base/statistics.h"
#include "reports/assessment/json_writer.h"
#include "reports/simulation/simulation_json.h"
#include "reports/simulation/simulation_report.h"
#include "tests/test_support.h"

using namespace workrights;
using namespace workrights::testing;

namespace {

SimulationOptions KeepRuns() {
  SimulationOptions o;
  o.keep_runs = true;
  return o;
}

// Three rules: a reads rtw.wage_employment, b reads rtw.quota, c reads nothing (always 0.5).
struct Small {
  TempDir dir;
  Dataset ds = MakeDataset({MakeProfile("JOR", {{"rtw.wage_employment", FactValue{std::string("none")}},
                                                {"rtw.quota", FactValue{true}}}),
                            MakeProfile("TUR", {{"rtw.wage_employment", FactValue{std::string("none")}},
                                                {"rtw.quota", FactValue{true}}})});
  RulePack pack;
  Small() {
    dir.Write("pack/pack.lua", PackLua({"rules/a.lua", "rules/b.lua", "rules/c.lua"}));
    dir.Write("pack/rules/a.lua", SimpleRule("a"));
    dir.Write("pack/rules/b.lua",
              "return { id = \"b\", title = \"B\", domain = \"right_to_work\", dimension = \"de_jure\",\n"
              "  instruments = { \"x\" }, reads = { \"rtw.quota\" },\n"
              "  evaluate = function(c) if c:fact(\"rtw.quota\") then return 0, \"quota\" end return 1, \"no quota\" end }\n");
    dir.Write("pack/rules/c.lua",
              "return { id = \"c\", title = \"C\", domain = \"right_to_work\", dimension = \"de_jure\",\n"
              "  instruments = { \"x\" }, reads = {}, evaluate = function(c) return 0.5, \"constant\" end }\n");
    pack = LoadRulePack((dir.path() / "pack").string(), ds.catalogue);
  }
  Scenario Load(const std::string& json) {
    dir.Write("s.json", json);
    return LoadScenario((dir.path() / "s.json").string(), dir.path().string(), ds, pack.info);
  }
};

const char* kOnePledge = R"({"id": "s", "title": "S", "as_of": "2027-01-01",
  "pledges": [{"id": "open", "title": "Open", "countries": "JOR", "effective": "2026-01-01", "probability": 0.5,
               "changes": [{"fact": "rtw.wage_employment", "set": "full"}]}]})";

}  // namespace

TEST_CASE("a deterministic run implements every applicable pledge, checked by hand", "[simulate]") {
  Small s;
  Scenario sc = s.Load(kOnePledge);
  WorkerPool pool(s.pack, s.ds.catalogue, 1);
  SimulationResult r = Simulate(s.pack, s.ds, sc, pool, KeepRuns());
  REQUIRE(r.runs == 1);
  // JOR baseline: a=0, b=0, c=0.5 -> 1/6; with the pledge: a=1 -> 1.5/3 = 0.5
  CHECK(r.BaselinePoint(0, 0) == Approx(0.5 / 3));
  CHECK(r.ScenarioValue(0, 0, 0) == Approx(0.5));
  CHECK(r.Contribution(0, 0, 0) == Approx(1.0 / 3));
  CHECK(r.ScenarioValue(0, 1, 0) == Approx(0.5 / 3));  // TUR untouched
  CHECK(r.affected == std::vector<bool>{true, false});
  // Counted exactly: JOR re-evaluates rule a for the scenario and for "without the pledge"; nothing else.
  CHECK(r.evaluations == 2);
  CHECK(r.evaluations_full == 3 * 3 + 3 * 2);
}

TEST_CASE("a pledge effective after the scenario's date does not apply", "[simulate]") {
  Small s;
  std::string late = kOnePledge;
  late.replace(late.find("2026-01-01"), 10, "2028-01-01");
  Scenario sc = s.Load(late);
  WorkerPool pool(s.pack, s.ds.catalogue, 1);
  SimulationResult r = Simulate(s.pack, s.ds, sc, pool, KeepRuns());
  CHECK(r.pledge_applies == std::vector<bool>{false});
  CHECK(r.ScenarioValue(0, 0, 0) == Approx(r.BaselinePoint(0, 0)));
}

TEST_CASE("Monte Carlo: implementation follows the probability, and P(improves) matches it", "[simulate]") {
  Small s;
  Scenario sc = s.Load(kOnePledge);
  WorkerPool pool(s.pack, s.ds.catalogue, 2);
  SimulationOptions o = KeepRuns();
  o.draws = 4000;
  o.seed = 11;
  SimulationResult r = Simulate(s.pack, s.ds, sc, pool, o);
  size_t implemented = 0;
  for (size_t run = 0; run < r.runs; ++run) implemented += r.implemented[run];
  double share = double(implemented) / 4000.0;
  CHECK(share == Approx(0.5).margin(0.03));  // 4 standard errors of a binomial share
  std::vector<double> jor(r.runs);
  for (size_t run = 0; run < r.runs; ++run) jor[run] = r.ScenarioValue(run, 0, 0);
  Summary sum = Summarize(jor);
  CHECK(sum.mean == Approx(1.0 / 6 + share / 3).epsilon(1e-9));
  CHECK(sum.p5 == Approx(1.0 / 6));
  CHECK(sum.p95 == Approx(0.5));
}

TEST_CASE("incremental evaluation gives exactly the results of re-evaluating everything", "[simulate]") {
  Dataset ds = LoadDataset(RepoDir() + "/data");
  RulePack pack = LoadRulePack(RepoDir() + "/rules/standard", ds.catalogue);
  Scenario sc = LoadScenario(RepoDir() + "/scenarios/guiding-principles-full.json", RepoDir() + "/scenarios", ds, pack.info);
  WorkerPool pool(pack, ds.catalogue, 1);
  SimulationOptions o = KeepRuns();
  o.draws = 40;
  o.seed = 5;
  SimulationResult inc = Simulate(pack, ds, sc, pool, o);
  o.full_evaluation = true;
  SimulationResult full = Simulate(pack, ds, sc, pool, o);
  auto same = [](const std::vector<double>& a, const std::vector<double>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
      if (!(a[i] == b[i] || (std::isnan(a[i]) && std::isnan(b[i])))) return false;
    }
    return true;
  };
  CHECK(same(inc.scenario_runs, full.scenario_runs));
  CHECK(same(inc.baseline_runs, full.baseline_runs));
  CHECK(same(inc.contributions, full.contributions));
  // Evaluations include those that bound rules with unknown facts, so at least every rule each time.
  CHECK(full.evaluations >= full.evaluations_full);
  // So a full run skips nothing (simulate's note once said 18446744073709551503 skipped), an incremental one most.
  CHECK(full.SkippedEvaluations() == 0);
  CHECK(inc.SkippedEvaluations() == inc.evaluations_full - inc.evaluations);
  CHECK(inc.evaluations * 5 < full.evaluations);  // most evaluations are skipped
}

TEST_CASE("a rule is evaluated once per set of values it reads, not once per draw", "[simulate]") {
  // The shipped scenario sets fixed values: after the first draws of a country every combination of
  // implemented pledges has been seen, so nearly every later result is reused (before results were kept by
  // their inputs, 200 draws took 769,470 Lua calls; now about 13,000). Reused results count as evaluations,
  // so the reported figures, and the results, are those of evaluating again.
  Dataset ds = LoadDataset(RepoDir() + "/data");
  RulePack pack = LoadRulePack(RepoDir() + "/rules/standard", ds.catalogue);
  Scenario sc = LoadScenario(RepoDir() + "/scenarios/guiding-principles-full.json", RepoDir() + "/scenarios", ds, pack.info);
  WorkerPool pool(pack, ds.catalogue, 1);
  SimulationOptions o;
  o.seed = 1;
  o.draws = 200;
  const uint64_t reused_before = pool.reused();
  const SimulationResult r = Simulate(pack, ds, sc, pool, o);
  const uint64_t reused = pool.reused() - reused_before;
  CHECK(reused * 10 > r.evaluations * 9);
}

TEST_CASE("simulation output is byte-identical with 1 and 2 threads", "[simulate][determinism]") {
  Dataset ds = LoadDataset(RepoDir() + "/data");
  RulePack pack = LoadRulePack(RepoDir() + "/rules/standard", ds.catalogue);
  Scenario sc = LoadScenario(RepoDir() + "/scenarios/guiding-principles-full.json", RepoDir() + "/scenarios", ds, pack.info);
  // Summaries per country as it finishes; 300 draws span two blocks of 256. The shipped data (72 countries) makes
  // this the slowest unit test, so the draws are kept few for the sanitizer pass.
  SimulationOptions o;
  o.draws = 300;
  o.seed = 3;
  WorkerPool one(pack, ds.catalogue, 1), two(pack, ds.catalogue, 2);
  std::string a = JsonText(SimulationToJson(Simulate(pack, ds, sc, one, o)));
  std::string b = JsonText(SimulationToJson(Simulate(pack, ds, sc, two, o)));
  CHECK(a == b);
  o.seed = 4;
  CHECK(a != JsonText(SimulationToJson(Simulate(pack, ds, sc, two, o))));
}

TEST_CASE("summaries made country by country equal summaries of all kept runs", "[simulate]") {
  Dataset ds = LoadDataset(RepoDir() + "/data");
  RulePack pack = LoadRulePack(RepoDir() + "/rules/standard", ds.catalogue);
  Scenario sc = LoadScenario(RepoDir() + "/scenarios/guiding-principles-full.json", RepoDir() + "/scenarios", ds, pack.info);
  WorkerPool pool(pack, ds.catalogue, 2);
  SimulationOptions o = KeepRuns();
  o.draws = 300;
  o.seed = 9;
  SimulationResult streamed = Simulate(pack, ds, sc, pool, o);
  std::string direct = JsonText(SimulationToJson(streamed));
  SummarizeKeptRuns(streamed);  // recomputed from the raw runs
  CHECK(JsonText(SimulationToJson(streamed)) == direct);
  o.keep_runs = false;
  SimulationResult lean = Simulate(pack, ds, sc, pool, o);
  CHECK(lean.scenario_runs.empty());
  CHECK(JsonText(SimulationToJson(lean)) == direct);
}

TEST_CASE("the engine's own sampling: streams per draw, and the distributions' means", "[simulate]") {
  DrawRng a(1, 0), b(1, 1), a2(1, 0);
  CHECK(a.Next() != b.Next());
  CHECK(DrawRng(1, 0).Next() == a2.Next());
  DrawRng rng(42, 7);
  const int n = 200000;
  double tri = 0, unif = 0, norm = 0;
  double norm_min = 1e9, norm_max = -1e9;
  for (int i = 0; i < n; ++i) {
    tri += rng.Triangular(0, 1, 4);
    unif += rng.Uniform(2, 4);
    double x = rng.TruncatedNormal(0, 1, -1, 2);
    norm += x;
    norm_min = std::min(norm_min, x);
    norm_max = std::max(norm_max, x);
  }
  CHECK(tri / n == Approx(5.0 / 3).epsilon(0.01));
  CHECK(unif / n == Approx(3.0).epsilon(0.01));
  // mean of N(0,1) truncated to [-1, 2]: (phi(-1) - phi(2)) / (Phi(2) - Phi(-1)) = 0.2288
  CHECK(norm / n == Approx(0.2288).epsilon(0.02));
  CHECK(norm_min >= -1);
  CHECK(norm_max <= 2);
  CHECK(NormalQuantile(0.975) == Approx(1.959964).epsilon(1e-6));
  CHECK(NormalQuantile(NormalCdf(-3.2)) == Approx(-3.2).epsilon(1e-9));
}

TEST_CASE("summary statistics: quantiles interpolate, unknown values are skipped", "[simulate]") {
  Summary s = Summarize({4, 1, 3, 2, std::nan("")});
  CHECK(s.n == 4);
  CHECK(s.mean == Approx(2.5));
  CHECK(s.p50 == Approx(2.5));
  CHECK(s.p5 == Approx(1.15));
  CHECK(s.sd == Approx(std::sqrt(5.0 / 3)));
  CHECK(s.se == Approx(std::sqrt(5.0 / 3) / 2));
}

TEST_CASE("summary quantiles by selection equal quantiles of the sorted values, exactly", "[simulate]") {
  DrawRng rng(11, 0);
  for (size_t n : {1, 2, 3, 7, 20, 21, 100, 1001}) {
    for (int round = 0; round < 20; ++round) {
      std::vector<double> v(n);
      // Few distinct values in half the rounds: ties are where selection could go wrong.
      for (auto& x : v) x = round % 2 ? std::floor(rng.Uniform(0, 4)) : rng.Uniform(-1, 1);
      std::vector<double> sorted = v;
      std::sort(sorted.begin(), sorted.end());
      Summary s = Summarize(v);
      CHECK(s.p5 == Quantile(sorted, 0.05));
      CHECK(s.p50 == Quantile(sorted, 0.5));
      CHECK(s.p95 == Quantile(sorted, 0.95));
    }
  }
}

TEST_CASE("a pledge that can only raise scores never reads as harmful in the tables", "[simulate][report]") {
  Dataset ds = LoadDataset(RepoDir() + "/data");
  RulePack pack = LoadRulePack(RepoDir() + "/rules/standard", ds.catalogue);
  Scenario sc =
      LoadScenario(RepoDir() + "/scenarios/asylum-seekers-work-early.json", RepoDir() + "/scenarios", ds, pack.info);
  WorkerPool pool(pack, ds.catalogue, 2);
  SimulationOptions o;
  o.draws = 400;
  o.seed = 1;
  SimulationResult r = Simulate(pack, ds, sc, pool, o);
  size_t pledged = 0;
  for (size_t c = 0; c < r.countries.size(); ++c) {
    if (!r.pledged[c]) continue;
    ++pledged;
    INFO(r.countries[c]->iso3);
    const MetricStats& st = r.Stats(c, 0);
    // Baseline and scenario share their draws, so profile noise cancels in the change.
    CHECK(st.change.p5 >= 0);
    CHECK(st.change.mean >= 0);
    CHECK(st.scenario.mean >= st.baseline.mean);
    CHECK((std::isnan(st.p_improves) || st.p_improves == 1.0));
  }
  CHECK(pledged == 4);
  std::string md = SimulationMarkdown(r);
  CHECK(md.find("| -0.") == std::string::npos);  // no negative change mean in any row
  CHECK(md.find("[-") == std::string::npos);     // nor a negative 5th percentile
  CHECK(md.find("baseline mean") != std::string::npos);
}
