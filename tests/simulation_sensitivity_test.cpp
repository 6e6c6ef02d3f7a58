// Sobol' sensitivity of a simulation: inputs of a scenario, indices on made-up cases whose answer is known,
// determinism across threads, and the outputs.
#include <catch2/catch.hpp>

#include <cmath>

#include "core/rules/rule_pack.h"
#include "core/sensitivity/simulation_inputs.h"
#include "core/sensitivity/simulation_sensitivity.h"
#include "core/simulate/scenario.h"
#include "reports/assessment/json_writer.h"
#include "reports/sensitivity/simulation_sensitivity_report.h"
#include "tests/test_support.h"

using namespace workrights;
using namespace workrights::testing;

namespace {

// One rule (a: wage employment full = 1, else 0) in one domain of law: weights and the law share cannot move a
// score. Pledge "arg" (p = 0.5) opens ARG's labour market, pledge "bra" (p = 0.3) BRA's; CHL's wage employment
// is uncertain (full with probability 0.4). So ARG's score is 1 exactly when "arg" is implemented: its total
// and first-order indices for "arg" are 1 and 0 for every other input; likewise BRA and "bra", CHL and its
// uncertain fact. NOR is touched by nothing.
struct Simulated {
  TempDir dir;
  Dataset ds = MakeDataset({
      MakeProfile("ARG", {{"rtw.wage_employment", FactValue{std::string("none")}}}),
      MakeProfile("BRA", {{"rtw.wage_employment", FactValue{std::string("none")}}}),
      MakeProfile("CHL", {{"rtw.wage_employment", FactValue{std::string("none")}}}),
      MakeProfile("NOR", {{"rtw.wage_employment", FactValue{std::string("full")}}}),
  });
  RulePack pack;
  Scenario scenario;
  Simulated() {
    dir.Write("pack/pack.lua", PackLua({"rules/a.lua"}));
    dir.Write("pack/rules/a.lua", SimpleRule("a"));
    pack = LoadRulePack((dir.path() / "pack").string(), ds.catalogue);
    dir.Write("s.json", R"({"id": "s", "title": "S", "as_of": "2027-01-01",
      "pledges": [
        {"id": "arg", "title": "Open ARG", "countries": "ARG", "effective": "2026-01-01", "probability": 0.5,
         "changes": [{"fact": "rtw.wage_employment", "set": "full"}]},
        {"id": "bra", "title": "Open BRA", "countries": "BRA", "effective": "2026-01-01", "probability": 0.3,
         "changes": [{"fact": "rtw.wage_employment", "set": "full"}]},
        {"id": "later", "title": "Too late", "countries": "NOR", "effective": "2028-01-01", "probability": 0.5,
         "changes": [{"fact": "rtw.wage_employment", "set": "none"}]}],
      "uncertain_facts": [{"countries": ["CHL"], "fact": "rtw.wage_employment",
         "distribution": {"distribution": "categorical", "p": {"full": 0.4, "none": 0.6}}}]})");
    scenario = LoadScenario((dir.path() / "s.json").string(), dir.path().string(), ds, pack.info);
  }
  SimulationSensitivity Run(int threads, size_t samples = 512) {
    WorkerPool pool(pack, ds.catalogue, threads);
    SobolOptions so;
    so.samples = samples;
    so.bootstrap = 50;
    so.seed = 11;
    return SimulateSensitivity(pack, ds, scenario, pool, so);
  }
};

const CountrySimulationSensitivity& Find(const SimulationSensitivity& s, const std::string& iso3) {
  for (const auto& c : s.countries) {
    if (c.profile->iso3 == iso3) return c;
  }
  throw std::runtime_error("no " + iso3);
}

size_t InputIndex(const SimulationSensitivity& s, const std::string& id) {
  for (size_t i = 0; i < s.inputs.size(); ++i) {
    if (s.inputs[i].id == id) return i;
  }
  throw std::runtime_error("no input " + id);
}

}  // namespace

TEST_CASE("A simulation's inputs are the weights, each uncertain pledge and each uncertain fact", "[sensitivity]") {
  Simulated t;
  const SimulationSensitivity s = t.Run(1, 8);
  std::vector<std::string> ids;
  for (const auto& in : s.inputs) ids.push_back(in.id);
  // The pledge effective after the scenario's date is no input; the profiles give no ranges here.
  CHECK(ids == std::vector<std::string>{"weight.right_to_work", "law_share", "pledge.arg", "pledge.bra",
                                        "uncertain.rtw.wage_employment.CHL"});
  // The id keeps the fact's path; the label, which reports show, has the catalogue's words.
  CHECK(s.inputs.back().label == "the value of access to wage employment in law (CHL)");
  CHECK(s.runs == 8 * (5 + 2));
}

TEST_CASE("One pledge that alone moves a country's score has a total index of 1 for it, the others 0",
          "[sensitivity]") {
  Simulated t;
  const SimulationSensitivity s = t.Run(2);
  const size_t arg = InputIndex(s, "pledge.arg"), bra = InputIndex(s, "pledge.bra"),
               chl = InputIndex(s, "uncertain.rtw.wage_employment.CHL");
  auto check_only = [&](const std::string& iso3, size_t input, double share) {
    const CountrySimulationSensitivity& c = Find(s, iso3);
    for (const TargetIndices* t : {&c.overall, &c.effect}) {
      REQUIRE(t->known);
      CHECK(t->variance > 0);
      for (size_t i = 0; i < s.inputs.size(); ++i) {
        const double expected = i == input ? 1.0 : 0.0;
        // Exactly 0 for an input that never moves the score (its runs equal A's); near 1 for the one that does
        // (Jansen's estimate of a variance from N pairs).
        CHECK(t->groups[i].total.value == Approx(expected).margin(i == input ? 0.05 : 1e-12));
        CHECK(t->groups[i].first.value == Approx(expected).margin(0.1));
      }
    }
    CHECK(c.overall.mean == Approx(share).margin(0.02));  // the share of runs in which the score is 1
  };
  check_only("ARG", arg, 0.5);
  check_only("BRA", bra, 0.3);
  // CHL's uncertain fact moves its baseline and scenario alike: its score varies, the scenario's effect not.
  const CountrySimulationSensitivity& c = Find(s, "CHL");
  CHECK(c.overall.groups[chl].total.value == Approx(1).margin(0.05));
  CHECK(c.overall.mean == Approx(0.4).margin(0.02));
  CHECK(c.effect.variance == 0);
  CHECK(Find(s, "NOR").overall.variance == 0);
  CHECK(s.reading.find("the pledge \"Open ARG\" (ARG) for 1 country (ARG ") != std::string::npos);
}

TEST_CASE("A simulation's sensitivity is byte-identical whatever the number of threads", "[sensitivity]") {
  Simulated t;
  const std::string one = JsonText(SimulationSensitivityToJson(t.Run(1, 64), t.pack.info, t.ds));
  CHECK(JsonText(SimulationSensitivityToJson(t.Run(3, 64), t.pack.info, t.ds)) == one);
  CHECK(one.find("\"kind\": \"simulation_sensitivity\"") != std::string::npos);
}

TEST_CASE("Quantiles of the scenario's distributions are their inverse distribution functions", "[sensitivity]") {
  Distribution uniform;
  uniform.min = 0.2;
  uniform.max = 0.6;
  CHECK(std::get<double>(QuantileOf(uniform, 0.5)) == Approx(0.4));
  Distribution tri;
  tri.kind = DistributionKind::kTriangular;
  tri.min = 0, tri.mode = 0.5, tri.max = 1;
  CHECK(std::get<double>(QuantileOf(tri, 0.5)) == Approx(0.5));
  CHECK(std::get<double>(QuantileOf(tri, 0.125)) == Approx(0.25));
  Distribution normal;
  normal.kind = DistributionKind::kNormal;
  normal.mean = 0.5, normal.sd = 0.1, normal.min = 0, normal.max = 1;
  CHECK(std::get<double>(QuantileOf(normal, 0.5)) == Approx(0.5).margin(1e-9));
  Distribution cat;
  cat.kind = DistributionKind::kCategorical;
  cat.choices = {{FactValue{std::string("a")}, 0.3}, {FactValue{std::string("b")}, 0.7}};
  CHECK(std::get<std::string>(QuantileOf(cat, 0.29)) == "a");
  CHECK(std::get<std::string>(QuantileOf(cat, 0.31)) == "b");
}

TEST_CASE("A simulation's sensitivity writes Markdown, CSV and HTML with its reading", "[sensitivity][report]") {
  Simulated t;
  const SimulationSensitivity s = t.Run(1, 32);
  const std::string md = SimulationSensitivityMarkdown(s, t.pack.info);
  CHECK(md.find("# Which assumptions drive the scenario's results") != std::string::npos);
  CHECK(md.find("| input | range | mean total effect |") != std::string::npos);
  CHECK(md.find("| Country ARG (ARG) |") != std::string::npos);
  CHECK(md.find("Country NOR (NOR)") == std::string::npos);  // its score does not vary
  const std::string csv = SimulationSensitivityCsv(s);
  CHECK(csv.rfind("target,country,input,first_order", 0) == 0);
  CHECK(csv.find("effect,BRA,pledge.bra,") != std::string::npos);
  const std::string html = SimulationSensitivityHtml(s, t.pack.info, t.ds);
  CHECK(html.find("<svg class=\"chart\"") != std::string::npos);
  CHECK(html.find("varies across the 224 runs.") != std::string::npos);
}
