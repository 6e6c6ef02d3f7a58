// Scenarios: loading, extends, and each bad input with file, line:column and JSON pointer.
#include <catch2/catch.hpp>

#include "core/rules/rule_pack.h"
#include "core/simulate/scenario.h"
#include "tests/test_support.h"

using namespace workrights;
using namespace workrights::testing;

namespace {

struct Fixture {
  TempDir dir;
  Dataset ds = MakeDataset({MakeProfile("JOR", {}), MakeProfile("TUR", {})});
  RulePack pack;
  Fixture() {
    dir.Write("pack/pack.lua", PackLua({"rules/a.lua"}));
    dir.Write("pack/rules/a.lua", SimpleRule("a"));
    pack = LoadRulePack((dir.path() / "pack").string(), ds.catalogue);
  }
  std::string Error(const std::string& file) {
    try {
      LoadScenario((dir.path() / file).string(), dir.path().string(), ds, pack.info);
    } catch (const InputError& e) {
      return e.what();
    }
    return "(loaded)";
  }
};

std::string WithPledge(const std::string& pledge_fields) {
  return "{\n  \"id\": \"s\", \"title\": \"S\", \"as_of\": \"2027-01-01\",\n  \"pledges\": [{\"id\": \"p\", \"title\": \"P\", "
         "\"effective\": \"2026-01-01\",\n" + pledge_fields + "}]\n}\n";
}

}  // namespace

TEST_CASE("a scenario loads its pledges, changes, uncertainty and weight ranges", "[simulate]") {
  Fixture f;
  f.dir.Write("s.json", R"({"id": "s", "title": "S", "as_of": "2027-01-01",
    "pledges": [{"id": "p", "title": "P", "countries": "*", "effective": "2026-01-01", "probability": 0.5,
      "changes": [{"fact": "rtw.wage_employment", "set": "full"},
                  {"fact": "pop.refugees", "scale": {"distribution": "uniform", "min": 0.9, "max": 1.1}},
                  {"fact": "rtw.waiting_period_months", "group": "asylum_seekers", "add": -3}]}],
    "uncertain_facts": [{"countries": ["JOR"], "fact": "rtw_practice.formal_employment_share",
      "distribution": {"distribution": "triangular", "min": 0.1, "mode": 0.2, "max": 0.4}}],
    "weights": {"rules": {"a": {"min": 0.5, "max": 2}}, "domains": {"right_to_work": {"min": 0.3, "max": 0.5}}}})");
  Scenario s = LoadScenario((f.dir.path() / "s.json").string(), f.dir.path().string(), f.ds, f.pack.info);
  REQUIRE(s.pledges.size() == 1);
  CHECK(s.pledges[0].countries.empty());
  REQUIRE(s.pledges[0].changes.size() == 3);
  CHECK(s.pledges[0].changes[1].op == ChangeOp::kScale);
  CHECK(s.pledges[0].changes[1].amount == Approx(1.0));  // the point value of the uniform
  CHECK(s.pledges[0].changes[2].group == f.ds.catalogue.FindGroup("asylum_seekers"));
  CHECK(s.uncertain.size() == 1);
  CHECK(s.weights.size() == 2);
}

TEST_CASE("extends: a child inherits its parent's pledges and may redefine one by id", "[simulate]") {
  Fixture f;
  f.dir.Write("parent.json", WithPledge("\"countries\": \"JOR\", \"probability\": 0.2, "
                                        "\"changes\": [{\"fact\": \"rtw.quota\", \"set\": false}]"));
  f.dir.Write("child.json", R"({"id": "c", "title": "C", "as_of": "2028-01-01", "extends": "s",
    "pledges": [{"id": "p", "title": "P2", "countries": "TUR", "effective": "2026-01-01", "probability": 0.9,
                 "changes": [{"fact": "rtw.quota", "set": false}]},
                {"id": "q", "title": "Q", "countries": "JOR", "effective": "2026-01-01", "probability": 1,
                 "changes": [{"fact": "rtw.closed_sectors", "set": false}]}]})");
  Scenario s = LoadScenario("c", f.dir.path().string(), f.ds, f.pack.info);
  REQUIRE(s.pledges.size() == 2);
  CHECK(s.pledges[0].title == "P2");
  CHECK(s.pledges[0].probability == 0.9);
  CHECK(s.pledges[1].id == "q");
  CHECK(s.as_of == Date{2028, 1, 1});
  CHECK(s.files.size() == 2);
}

TEST_CASE("each kind of bad scenario gets its own clear message", "[simulate]") {
  Fixture f;
  SECTION("unknown country, with a suggestion") {
    f.dir.Write("s.json", WithPledge("\"countries\": [\"JRO\"], \"probability\": 1, \"changes\": [{\"fact\": \"rtw.quota\", \"set\": false}]"));
    CHECK_THAT(f.Error("s.json"), Catch::Contains("s.json:4:15: /pledges/0/countries/0: no profile for country \"JRO\" (did you mean 'JOR'?)"));
  }
  SECTION("fact not in the catalogue") {
    f.dir.Write("s.json", WithPledge("\"countries\": \"*\", \"probability\": 1, \"changes\": [{\"fact\": \"rtw.qouta\", \"set\": false}]"));
    CHECK_THAT(f.Error("s.json"), Catch::Contains("/pledges/0/changes/0/fact: unknown fact \"rtw.qouta\" (did you mean 'rtw.quota'?)"));
  }
  SECTION("value of the wrong type") {
    f.dir.Write("s.json", WithPledge("\"countries\": \"*\", \"probability\": 1, \"changes\": [{\"fact\": \"rtw.quota\", \"set\": \"no\"}]"));
    CHECK_THAT(f.Error("s.json"), Catch::Contains("/pledges/0/changes/0/set: fact \"rtw.quota\" must be true or false, but is a string"));
  }
  SECTION("add on a fact that is not a number") {
    f.dir.Write("s.json", WithPledge("\"countries\": \"*\", \"probability\": 1, \"changes\": [{\"fact\": \"rtw.quota\", \"add\": 1}]"));
    CHECK_THAT(f.Error("s.json"), Catch::Contains("\"add\" works only on number facts"));
  }
  SECTION("probability outside 0 to 1") {
    f.dir.Write("s.json", WithPledge("\"countries\": \"*\", \"probability\": 1.5, \"changes\": [{\"fact\": \"rtw.quota\", \"set\": false}]"));
    CHECK_THAT(f.Error("s.json"), Catch::Contains("s.json:4:34: /pledges/0/probability: probability 1.5 is outside 0 to 1"));
  }
  SECTION("distribution with min greater than max") {
    f.dir.Write("s.json", WithPledge("\"countries\": \"*\", \"probability\": 1, \"changes\": [{\"fact\": \"pop.refugees\", "
                                     "\"add\": {\"distribution\": \"uniform\", \"min\": 5, \"max\": 1}}]"));
    CHECK_THAT(f.Error("s.json"), Catch::Contains("/pledges/0/changes/0/add/min: min is greater than max"));
  }
  SECTION("normal distribution with a negative sd") {
    f.dir.Write("s.json", WithPledge("\"countries\": \"*\", \"probability\": 1, \"changes\": [{\"fact\": \"pop.refugees\", "
                                     "\"set\": {\"distribution\": \"normal\", \"mean\": 5, \"sd\": -1, \"min\": 0, \"max\": 10}}]"));
    CHECK_THAT(f.Error("s.json"), Catch::Contains("/pledges/0/changes/0/set/sd: sd must be greater than 0"));
  }
  SECTION("an extends cycle") {
    f.dir.Write("a.json", R"({"id": "a", "title": "A", "as_of": "2027-01-01", "extends": "b.json"})");
    f.dir.Write("b.json", R"({"id": "b", "title": "B", "as_of": "2027-01-01", "extends": "a.json"})");
    CHECK_THAT(f.Error("a.json"), Catch::Contains("b.json:1:61: /extends: \"extends\" makes a cycle: a.json -> b.json -> a.json"));
  }
  SECTION("extends names nothing") {
    f.dir.Write("a.json", R"({"id": "a", "title": "A", "as_of": "2027-01-01", "extends": "nowhere"})");
    CHECK_THAT(f.Error("a.json"), Catch::Contains("/extends: no scenario \"nowhere\""));
  }
  SECTION("a missing file") {
    CHECK_THAT(f.Error("missing.json"), Catch::Contains("no such scenario file or id"));
  }
  SECTION("malformed JSON") {
    f.dir.Write("s.json", "{\"id\": \"s\",\n \"title\": }");
    CHECK_THAT(f.Error("s.json"), Catch::Contains("s.json:2:11: expected a value"));
  }
  SECTION("an unknown rule in weight ranges") {
    f.dir.Write("s.json", R"({"id": "s", "title": "S", "as_of": "2027-01-01", "weights": {"rules": {"b": {"min": 1, "max": 2}}}})");
    CHECK_THAT(f.Error("s.json"), Catch::Contains("/weights/rules/b: no rule \"b\" in pack test"));
  }
}
