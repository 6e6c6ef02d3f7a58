// Each country's unknown facts as inputs of the Sobol' sensitivity analysis: which countries get a group, where a
// placement puts the score, indices on a ranking whose answer is known by hand, the modes, determinism and the
// reading.
#include <catch2/catch.hpp>

#include <cmath>

#include "core/assess/evaluator.h"
#include "core/load/profile_loader.h"
#include "core/rules/rule_pack.h"
#include "core/sensitivity/rank_model.h"
#include "core/sensitivity/rank_sensitivity.h"
#include "core/sensitivity/sensitivity_reading.h"
#include "reports/assessment/json_writer.h"
#include "reports/sensitivity/sensitivity_report.h"
#include "tests/test_support.h"

using namespace workrights;
using namespace workrights::testing;

namespace {

// Two law rules of the right to work: a (weight 1) scores 1 for full wage employment, else 0; b (weight 3) scores
// 0 with a quota, 1 without. Priority = 1 - overall, top K = 1.
// ARG: no wage employment (a = 0), quota unknown (b in [0, 1]): overall (0 + 3 b) / 4 in [0, 0.75], point 0.375.
// BRA: full wage employment, a quota: overall exactly 0.25, so first at the point ranking.
// Placing ARG's rules at u gives overall 0.75 u, below BRA's 0.25 for u < 1/3: ARG is in the top 1 in a third of
// the runs, and nothing else varies (one domain, law only), so ARG's unknown facts explain all of it.
struct Straddling {
  TempDir dir;
  Dataset ds = MakeDataset({
      MakeProfile("ARG", {{"rtw.wage_employment", FactValue{std::string("none")}}}),
      MakeProfile("BRA", {{"rtw.wage_employment", FactValue{std::string("full")}}, {"rtw.quota", FactValue{true}}}),
  });
  RulePack pack;
  Straddling() {
    dir.Write("pack/pack.lua", PackLua({"rules/a.lua", "rules/b.lua"},
                                       "  priority = { reads = {}, evaluate = function(c)\n"
                                       "    return 1 - c:score(\"overall\") end },\n"));
    dir.Write("pack/rules/a.lua", SimpleRule("a"));
    dir.Write("pack/rules/b.lua",
              "return { id = \"b\", title = \"B\", domain = \"right_to_work\", dimension = \"de_jure\", weight = 3,\n"
              "  instruments = { \"x\" }, reads = { \"rtw.quota\" },\n"
              "  evaluate = function(c) if c:fact(\"rtw.quota\") then return 0, \"q\" end return 1, \"n\" end }\n");
    pack = LoadRulePack((dir.path() / "pack").string(), ds.catalogue);
  }
  SobolSensitivity Run(int threads, size_t samples = 1024, UnknownsMode mode = UnknownsMode::kPerCountry) {
    WorkerPool pool(pack, ds.catalogue, threads);
    RankOptions ro;
    ro.top = 1;
    const Ranking ranking = Rank(pack, ds, nullptr, pool, ro);
    SobolOptions so;
    so.samples = samples;
    so.bootstrap = 50;
    so.seed = 11;
    so.unknowns = mode;
    return RankSensitivity(pack, ds, ranking, pool, so);
  }
};

const CountrySensitivity& Find(const SobolSensitivity& s, const std::string& iso3) {
  for (const auto& c : s.countries) {
    if (c.profile->iso3 == iso3) return c;
  }
  throw std::runtime_error("no " + iso3);
}

std::vector<std::string> Ids(const SobolSensitivity& s) {
  std::vector<std::string> ids;
  for (const auto& in : s.inputs) ids.push_back(in.id);
  return ids;
}

}  // namespace

TEST_CASE("Only a country whose score has an interval gets an unknown-facts group", "[sensitivity]") {
  Straddling t;
  const SobolSensitivity s = t.Run(1, 16);
  REQUIRE(Ids(s) == std::vector<std::string>{"weight.right_to_work", "law_share", "unknowns.ARG"});
  const SensitivityInput& arg = s.inputs[2];
  CHECK(arg.kind == SensitivityInputKind::kUnknownFacts);
  CHECK(arg.countries == std::vector<std::string>{"ARG"});
  CHECK(arg.low == Approx(0));  // ARG's overall interval
  CHECK(arg.high == Approx(0.75));
  CHECK(arg.label == "what is unknown about Country ARG");
  CHECK(s.runs == 16 * (3 + 2));
}

TEST_CASE("A placement u puts every rule at lower + u (upper - lower), so the overall score at its own u", "[sensitivity]") {
  Straddling t;
  WorkerPool pool(t.pack, t.ds.catalogue, 1);
  const Assessment point = Assess(t.pack, t.ds, pool, AssessOptions{});
  Scenario baseline;
  baseline.as_of = Date{2026, 11, 30};
  const std::vector<SensitivityInput> inputs = UnknownFactsInputs(point, UnknownsMode::kPerCountry);
  REQUIRE(inputs.size() == 1);
  const SaltelliDesign design({1}, 64, 3);
  const RankRuns runs = RunRankModel(t.pack, point, baseline, inputs, design, 1, 0, design.base_samples(), pool);
  REQUIRE(runs.countries[0]->iso3 == "ARG");
  std::vector<double> u(1);
  for (size_t row = 0; row < design.rows(); ++row) {
    design.Row(row, u.data());
    INFO("row " << row << ", u = " << u[0]);
    CHECK(runs.Overall(0)[row] == Approx(0.75 * u[0]).margin(1e-6));
    CHECK(runs.Overall(1)[row] == Approx(0.25));
    CHECK(runs.Rank(0)[row] == (0.75 * u[0] < 0.25 ? 1 : 2));
  }
  // BRA is exact: its values are reused in every AB row (the group cannot touch it); no rule is rerun.
  CHECK(runs.reused == 64);
  CHECK(runs.rule_evaluations == 0);
}

TEST_CASE("The rank of a country whose interval straddles another's score is explained by its unknown facts", "[sensitivity]") {
  Straddling t;
  const SobolSensitivity s = t.Run(1);
  const size_t unknowns = 2;
  REQUIRE(s.top_set.variance > 0);
  CHECK(s.top_set.groups[unknowns].total.value == Approx(1).margin(0.05));
  CHECK(s.top_set.groups[unknowns].first.value == Approx(1).margin(0.1));
  const CountrySensitivity& arg = Find(s, "ARG");
  CHECK(arg.top.mean == Approx(1.0 / 3).margin(0.02));  // P(0.75 u < 0.25)
  CHECK(arg.rank.groups[unknowns].total.value == Approx(1).margin(0.05));
  CHECK(arg.overall.groups[unknowns].total.value == Approx(1).margin(0.02));
  CHECK(arg.overall.variance == Approx(0.75 * 0.75 / 12).margin(0.003));  // uniform on [0, 0.75]
  // Nothing else moves anything: the weight and the law share have total effects of exactly 0, and the
  // first-order indices add up to about 1 (one input acting alone).
  double first = 0;
  for (size_t i = 0; i < s.inputs.size(); ++i) first += s.top_set.groups[i].first.value;
  CHECK(first == Approx(1).margin(0.1));
  CHECK(s.top_set.groups[0].total.value == 0);
  CHECK(s.top_set.groups[1].total.value == 0);
  CHECK(Find(s, "BRA").overall.variance == 0);
}

TEST_CASE("--unknowns grouped makes one group of every country's unknown facts; off makes none", "[sensitivity]") {
  Straddling t;
  const SobolSensitivity grouped = t.Run(1, 256, UnknownsMode::kGrouped);
  REQUIRE(Ids(grouped) == std::vector<std::string>{"weight.right_to_work", "law_share", "unknowns"});
  CHECK(grouped.inputs[2].countries == std::vector<std::string>{"ARG"});
  CHECK(grouped.top_set.groups[2].total.value == Approx(1).margin(0.1));
  INFO(grouped.reading);
  // The group is the main driver, named as such, and not said twice.
  CHECK(grouped.reading.rfind("Who makes the top 1 (BRA) depends mostly on what is unknown about the 1 country with a "
                              "score interval (total effect ", 0) == 0);
  CHECK(grouped.reading.find("all together") == std::string::npos);
  // A group that is not among the main drivers gets a sentence of its own.
  SobolSensitivity minor = grouped;
  minor.top_set.groups[1].total.value = 0.5;  // the law share, made the main driver
  minor.top_set.groups[2].total.value = 0.06;
  CHECK(ReadSensitivity(minor).find(" What is unknown about the 1 country whose score has an interval, all together, "
                                    "has a total effect of 0.06.") != std::string::npos);
  const SobolSensitivity off = t.Run(1, 64, UnknownsMode::kOff);
  CHECK(Ids(off) == std::vector<std::string>{"weight.right_to_work", "law_share"});
  CHECK(off.reading.rfind("In all 256 runs the top 1 (BRA) stays the same", 0) == 0);
}

TEST_CASE("An analysis with unknown facts is byte-identical whatever the number of threads", "[sensitivity]") {
  Straddling t;
  for (UnknownsMode mode : {UnknownsMode::kPerCountry, UnknownsMode::kGrouped}) {
    const std::string one = JsonText(SensitivityToJson(t.Run(1, 256, mode), t.pack.info, t.ds));
    const std::string three = JsonText(SensitivityToJson(t.Run(3, 256, mode), t.pack.info, t.ds));
    CHECK(one == three);
    CHECK(one.find("\"unknown_facts\"") != std::string::npos);
  }
}

TEST_CASE("The reading names the country whose unknown facts move the top K", "[sensitivity]") {
  Straddling t;
  const SobolSensitivity s = t.Run(1, 512);
  INFO(s.reading);
  CHECK(s.reading.rfind("Who makes the top 1 (BRA) depends mostly on what is unknown about Country ARG (total effect ", 0) == 0);
  CHECK(s.reading.find("2 other assumptions matter little") != std::string::npos);
  CHECK(s.reading.find("Of the unknown facts of the 1 country whose score has an interval, those of ARG move it most (total effect ") !=
        std::string::npos);
  const std::string md = SensitivityMarkdown(s, t.pack.info);
  CHECK(md.find("| what is unknown about Country ARG | overall 0.00 to 0.75 |") != std::string::npos);
  CHECK(md.find("| its unknowns | others' unknowns (largest) |") != std::string::npos);
}
