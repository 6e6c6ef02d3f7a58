// Scenario values that make no sense against the data: a change may not push a number fact outside the
// catalogue's range in any country, under any subset of pledges and any draw; "countries": [] names nobody.
#include <catch2/catch.hpp>

#include "core/rules/rule_pack.h"
#include "core/simulate/scenario.h"
#include "tests/test_support.h"

using namespace workrights;
using namespace workrights::testing;

namespace {

struct Fixture {
  TempDir dir;
  // JOR knows its formal-employment share (0.74) and refugee population; TUR knows neither.
  Dataset ds = MakeDataset({MakeProfile("JOR", {{"rtw_practice.formal_employment_share", FactValue{0.74}},
                                                {"pop.refugees", FactValue{1000.0}}}),
                            MakeProfile("TUR", {})});
  RulePack pack;
  Fixture() {
    dir.Write("pack/pack.lua", PackLua({"rules/a.lua"}));
    dir.Write("pack/rules/a.lua", SimpleRule("a"));
    pack = LoadRulePack((dir.path() / "pack").string(), ds.catalogue);
  }
  /// The problems of a scenario with these pledges (and extra top-level fields), or "(loaded)".
  std::string Problems(const std::string& pledges, const std::string& extra = "") {
    dir.Write("s.json", "{\"id\": \"s\", \"title\": \"S\", \"as_of\": \"2027-01-01\", " + extra + "\"pledges\": [" +
                            pledges + "]}");
    try {
      LoadScenario((dir.path() / "s.json").string(), dir.path().string(), ds, pack.info);
    } catch (const InputError& e) {
      std::string all;
      for (const auto& d : e.diagnostics()) all += d.where.pointer + ": " + d.message + "\n";
      return all;
    }
    return "(loaded)";
  }
};

std::string PledgeJson(const std::string& id, const std::string& countries, const std::string& changes) {
  return "{\"id\": \"" + id + "\", \"title\": \"P\", \"countries\": " + countries +
         ", \"effective\": \"2026-01-01\", \"probability\": 0.5, \"changes\": [" + changes + "]}";
}

const std::string kShare = "\"fact\": \"rtw_practice.formal_employment_share\"";

}  // namespace

TEST_CASE("a change that scales a share above 1 is refused, naming the country, the value and the range",
          "[simulate]") {
  Fixture f;
  CHECK(f.Problems(PledgeJson("p", "\"JOR\"", "{" + kShare + ", \"scale\": 7}")) ==
        "/pledges/0/changes/0/scale: in JOR this change can take \"rtw_practice.formal_employment_share\" to 5.18, "
        "outside its range (from 0 to 1)\n");
  CHECK(f.Problems(PledgeJson("p", "\"JOR\"", "{" + kShare + ", \"scale\": 1.2}")) == "(loaded)");
}

TEST_CASE("a population made negative is refused", "[simulate]") {
  Fixture f;
  CHECK(f.Problems(PledgeJson("p", "\"*\"", "{\"fact\": \"pop.refugees\", \"add\": -2000}")) ==
        "/pledges/0/changes/0/add: in JOR this change can take \"pop.refugees\" to -1000, outside its range "
        "(from 0 to 1000000000)\n");
}

TEST_CASE("changes that each stay in range but not together are refused, at the change that goes out",
          "[simulate]") {
  Fixture f;
  std::string add = "{" + kShare + ", \"add\": {\"distribution\": \"uniform\", \"min\": 0, \"max\": 0.2}}";
  CHECK(f.Problems(PledgeJson("a", "\"JOR\"", add) + ", " + PledgeJson("b", "\"JOR\"", add)) ==
        "/pledges/1/changes/0/add: in JOR this change can take \"rtw_practice.formal_employment_share\" to 1.14, "
        "outside its range (from 0 to 1)\n");
}

TEST_CASE("a value set by one change and pushed by the next is followed, in countries that did not know it",
          "[simulate]") {
  Fixture f;
  std::string set_then_add = "{" + kShare + ", \"set\": 0.9}, {" + kShare + ", \"add\": 0.2}";
  CHECK(f.Problems(PledgeJson("p", "\"TUR\"", set_then_add)) ==
        "/pledges/0/changes/1/add: in TUR this change can take \"rtw_practice.formal_employment_share\" to 1.1, "
        "outside its range (from 0 to 1)\n");
  // Adding to a fact nobody knows leaves it unknown: nothing to refuse.
  CHECK(f.Problems(PledgeJson("p", "\"TUR\"", "{" + kShare + ", \"add\": 5}")) == "(loaded)");
}

TEST_CASE("the fact's own uncertainty counts: a draw can start high", "[simulate]") {
  Fixture f;
  std::string uncertain = "\"uncertain_facts\": [{\"countries\": [\"JOR\"], " + kShare +
                          ", \"distribution\": {\"distribution\": \"uniform\", \"min\": 0.5, \"max\": 0.95}}], ";
  CHECK(f.Problems(PledgeJson("p", "\"JOR\"", "{" + kShare + ", \"add\": 0.1}"), uncertain) ==
        "/pledges/0/changes/0/add: in JOR this change can take \"rtw_practice.formal_employment_share\" to 1.05, "
        "outside its range (from 0 to 1)\n");
}

TEST_CASE("an empty country list is refused, not read as every country", "[simulate]") {
  Fixture f;
  CHECK(f.Problems(PledgeJson("p", "[]", "{\"fact\": \"rtw.wage_employment\", \"set\": \"full\"}")) ==
        "/pledges/0/countries: \"countries\" is empty: list ISO3 codes, or write \"*\" for every country\n");
}

TEST_CASE("weight ranges under which every domain weighs 0 are refused", "[simulate]") {
  Fixture f;
  CHECK(f.Problems("", "\"weights\": {\"domains\": {\"right_to_work\": {\"min\": 0, \"max\": 0}}}, ") ==
        "/weights/domains/right_to_work: under these weight ranges every domain weight is 0\n");
  CHECK(f.Problems("", "\"weights\": {\"rules\": {\"a\": {\"min\": 0, \"max\": 0}}}, ") ==
        "/weights/rules/a: under these weight ranges every rule of domain \"right_to_work\" weighs 0\n");
}
