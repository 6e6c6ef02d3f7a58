// Sobol' sensitivity of the ranking: inputs, indices on a ranking whose answer is known, determinism across
// threads, and the reading.
#include <catch2/catch.hpp>

#include <cmath>

#include "core/load/profile_loader.h"
#include "core/rules/rule_pack.h"
#include "core/sensitivity/rank_sensitivity.h"
#include "core/simulate/scenario.h"
#include "reports/assessment/json_writer.h"
#include "reports/sensitivity/sensitivity_report.h"
#include "tests/test_support.h"

using namespace workrights;
using namespace workrights::testing;

namespace {

// Rule a: wage employment full = 1; rule b: no quota = 1 (both law of the right to work, so domain weights and
// the law share cannot move anything). Priority = 1 - overall. ARG scores 0, BRA 0.5, CHL 1; a pledge with
// probability 0.5 gives ARG full marks. With K = 1 the top is ARG without the pledge and BRA with it (the point
// ranking, which implements every pledge in effect).
struct Ranked {
  TempDir dir;
  Dataset ds = MakeDataset({
      MakeProfile("ARG", {{"rtw.wage_employment", FactValue{std::string("none")}}, {"rtw.quota", FactValue{true}}}),
      MakeProfile("BRA", {{"rtw.wage_employment", FactValue{std::string("none")}}, {"rtw.quota", FactValue{false}}}),
      MakeProfile("CHL", {{"rtw.wage_employment", FactValue{std::string("full")}}, {"rtw.quota", FactValue{false}}}),
  });
  RulePack pack;
  Scenario scenario;
  Ranked() {
    dir.Write("pack/pack.lua", PackLua({"rules/a.lua", "rules/b.lua"},
                                       "  priority = { reads = {}, evaluate = function(c)\n"
                                       "    return 1 - c:score(\"overall\") end },\n"));
    dir.Write("pack/rules/a.lua", SimpleRule("a"));
    dir.Write("pack/rules/b.lua",
              "return { id = \"b\", title = \"B\", domain = \"right_to_work\", dimension = \"de_jure\",\n"
              "  instruments = { \"x\" }, reads = { \"rtw.quota\" },\n"
              "  evaluate = function(c) if c:fact(\"rtw.quota\") then return 0, \"q\" end return 1, \"n\" end }\n");
    pack = LoadRulePack((dir.path() / "pack").string(), ds.catalogue);
    dir.Write("s.json", R"({"id": "s", "title": "S", "as_of": "2027-01-01",
      "pledges": [{"id": "open", "title": "Open", "countries": "ARG", "effective": "2026-01-01", "probability": 0.5,
                   "changes": [{"fact": "rtw.wage_employment", "set": "full"}, {"fact": "rtw.quota", "set": false}]}]})");
    scenario = LoadScenario((dir.path() / "s.json").string(), dir.path().string(), ds, pack.info);
  }
  SobolSensitivity Run(int threads, size_t samples = 512) {
    WorkerPool pool(pack, ds.catalogue, threads);
    RankOptions ro;
    ro.top = 1;
    const Ranking ranking = Rank(pack, ds, &scenario, pool, ro);
    SobolOptions so;
    so.samples = samples;
    so.bootstrap = 50;
    so.seed = 7;
    return RankSensitivity(pack, ds, ranking, pool, so);
  }
};

const CountrySensitivity& Find(const SobolSensitivity& s, const std::string& iso3) {
  for (const auto& c : s.countries) {
    if (c.profile->iso3 == iso3) return c;
  }
  throw std::runtime_error("no " + iso3);
}

size_t InputIndex(const SobolSensitivity& s, const std::string& id) {
  for (size_t i = 0; i < s.inputs.size(); ++i) {
    if (s.inputs[i].id == id) return i;
  }
  throw std::runtime_error("no input " + id);
}

}  // namespace

TEST_CASE("The inputs are each domain weight, the law share and each uncertain pledge", "[sensitivity]") {
  Ranked t;
  const SobolSensitivity s = t.Run(1, 16);
  std::vector<std::string> ids;
  for (const auto& in : s.inputs) ids.push_back(in.id);
  // The test pack declares one domain (a domain without rules is an error), so one domain weight.
  REQUIRE(ids == std::vector<std::string>{"weight.right_to_work", "law_share", "pledge.open"});
  REQUIRE(s.runs == 16 * (3 + 2));
  REQUIRE(s.inputs[0].low == Approx(t.pack.info.domains[0].weight * 0.8));
  REQUIRE(s.inputs[1].high == Approx(0.2));
  REQUIRE(s.inputs[2].probability == 0.5);
}

TEST_CASE("A top K that only a pledge moves is explained by the pledge alone", "[sensitivity]") {
  Ranked t;
  const SobolSensitivity s = t.Run(1, 1024);
  const size_t pledge = InputIndex(s, "pledge.open"), weight = InputIndex(s, "weight.right_to_work");
  REQUIRE(s.top_set.variance > 0);
  CHECK(s.top_set.groups[pledge].total.value == Approx(1).margin(0.05));
  CHECK(s.top_set.groups[pledge].first.value == Approx(1).margin(0.1));
  // An input that changes nothing has a total effect of exactly 0: its AB runs equal the A runs.
  CHECK(s.top_set.groups[weight].total.value == 0);
  const CountrySensitivity& arg = Find(s, "ARG");
  CHECK(arg.top.mean == Approx(0.5).margin(0.02));  // the share of runs ARG is in the top 1: 1 - P(pledge)
  CHECK(arg.rank.groups[pledge].total.value == Approx(1).margin(0.05));
  CHECK(arg.overall.groups[pledge].total.value == Approx(1).margin(0.05));
  // BRA's score never moves; CHL's rank never moves (3rd with and without the pledge).
  CHECK(Find(s, "BRA").overall.variance == 0);
  CHECK(Find(s, "CHL").rank.variance == 0);
  CHECK(Find(s, "CHL").rank.known);
  // The pledge's variant of ARG is evaluated once; BRA and CHL reuse their values in the pledge's AB runs.
  CHECK(s.rule_evaluations == 2);
  CHECK(s.reused == 2 * 1024);
}

TEST_CASE("The sensitivity analysis is byte-identical whatever the number of threads", "[sensitivity]") {
  Ranked t;
  const std::string one = JsonText(SensitivityToJson(t.Run(1), t.pack.info, t.ds));
  const std::string three = JsonText(SensitivityToJson(t.Run(3), t.pack.info, t.ds));
  REQUIRE(one == three);
}

TEST_CASE("The reading names the input that drives the top K and the countries at its edge", "[sensitivity]") {
  Ranked t;
  const SobolSensitivity s = t.Run(1, 256);
  INFO(s.reading);
  // The point ranking implements every pledge in effect, so its top 1 is BRA.
  CHECK(s.reading.rfind("Who makes the top 1 (BRA) depends mostly on whether the pledge \"Open\" (ARG) is implemented "
                        "(total effect ", 0) == 0);
  CHECK(s.reading.find("2 other assumptions matter little (total effect below 0.05).") != std::string::npos);
  CHECK(s.reading.find("Countries at the edge, with the share of runs in which they are in the top 1: BRA (50%) and ARG (50%).") !=
        std::string::npos);
}

TEST_CASE("Without a varying input the reading says the top K stays the same", "[sensitivity]") {
  Ranked t;
  WorkerPool pool(t.pack, t.ds.catalogue, 1);
  RankOptions ro;
  ro.top = 1;
  const Ranking ranking = Rank(t.pack, t.ds, nullptr, pool, ro);
  SobolOptions so;
  so.samples = 64;
  so.bootstrap = 10;
  const SobolSensitivity s = RankSensitivity(t.pack, t.ds, ranking, pool, so);
  CHECK(s.reading == "In all 256 runs the top 1 (ARG) stays the same: none of the 2 assumptions varied moves a "
                     "country in or out of it.");
}
