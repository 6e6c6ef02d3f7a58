// The headline table: one row per country, ranked by the overall point figure, with every interval.
#include <catch2/catch.hpp>

#include "core/assess/evaluator.h"
#include "core/rules/rule_pack.h"
#include "reports/assessment/headline_table.h"
#include "tests/test_support.h"

using namespace workrights;
using namespace workrights::testing;

namespace {

/// JOR and TUR score 1, KEN is unknown ([0, 1], point 0.5), LBN scores 0.
struct FourCountries {
  TempDir dir;
  Dataset dataset;
  RulePack pack;
  Assessment assessment;

  FourCountries() {
    dir.Write("pack.lua", PackLua({"rules/r.lua"}));
    dir.Write("rules/r.lua", SimpleRule("r"));
    dataset = MakeDataset({MakeProfile("JOR", {{"rtw.wage_employment", std::string("full")}}),
                           MakeProfile("KEN", {}),
                           MakeProfile("LBN", {{"rtw.wage_employment", std::string("none")}}),
                           MakeProfile("TUR", {{"rtw.wage_employment", std::string("full")}})});
    pack = LoadRulePack(dir.path().string(), dataset.catalogue);
    WorkerPool pool(pack, dataset.catalogue, 1);
    assessment = Assess(pack, dataset, pool, AssessOptions{});
  }
};

}  // namespace

TEST_CASE("headline rows are ordered by overall, highest first, and equal figures share a rank", "[report]") {
  FourCountries f;
  std::vector<HeadlineRow> rows = HeadlineRows(f.assessment);
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].country->profile->iso3 == "JOR");
  CHECK(rows[1].country->profile->iso3 == "TUR");
  CHECK(rows[2].country->profile->iso3 == "KEN");
  CHECK(rows[3].country->profile->iso3 == "LBN");
  CHECK(rows[0].rank == 1);
  CHECK(rows[1].rank == 1);
  CHECK(rows[2].rank == 3);
  CHECK(rows[3].rank == 4);
}

TEST_CASE("the headline CSV has one row per country with each score's interval, coverage and rank", "[report]") {
  FourCountries f;
  std::string csv = AssessmentHeadlineCsv(f.assessment);
  CHECK(csv.rfind("country,name,group,rank,overall,overall_lower,overall_upper,law,law_lower,law_upper,practice,"
                  "practice_lower,practice_upper,gap,gap_lower,gap_upper,coverage,right_to_work,right_to_work_lower,"
                  "right_to_work_upper,profile_as_of\r\n",
                  0) == 0);
  // KEN: nothing known, so the overall figure is the middle of [0, 1]; the pack has no practice rule (empty cells).
  CHECK_THAT(csv, Catch::Contains("\r\nKEN,Country KEN,refugees,3,0.5,0,1,0.5,0,1,,,,,,,0,0.5,0,1,"));
  CHECK_THAT(csv, Catch::Contains("\r\nLBN,Country LBN,refugees,4,0,0,0,0,0,0,,,,,,,1,"));
  size_t lines = 0;
  for (char ch : csv) lines += ch == '\n';
  CHECK(lines == 5);
}
