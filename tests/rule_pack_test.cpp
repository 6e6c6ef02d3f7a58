// Bad packs and rule files: one clear message naming the file and line, and the rule id where there is one.
#include <catch2/catch.hpp>

#include "core/rules/rule_pack.h"
#include "tests/test_support.h"

using namespace workrights;
using namespace workrights::testing;

namespace {

std::string LoadError(const TempDir& dir) {
  try {
    LoadRulePack(dir.path().string(), Catalogue());
  } catch (const InputError& e) {
    return e.what();
  }
  return "(loaded)";
}

std::string RuleWith(const std::string& fields) {
  return "return {\n  id = \"r\", title = \"R\", instruments = { \"x\" }, reads = { \"rtw.wage_employment\" },\n" + fields +
         "\n  evaluate = function(c) return 1, \"x\" end,\n}\n";
}

}  // namespace

TEST_CASE("a pack with good rules loads its metadata in listed order", "[rules]") {
  TempDir dir;
  dir.Write("pack.lua", PackLua({"rules/b.lua", "rules/a.lua"}, "  weights = { a = 3 },\n", {"right_to_work", "labour_rights"}));
  dir.Write("rules/a.lua", SimpleRule("a", "labour_rights", "de_facto", 1));
  dir.Write("rules/b.lua", SimpleRule("b"));
  dir.Write("rules/a_test.lua", "test(\"t\", function() end)\n");
  RulePack pack = LoadRulePack(dir.path().string(), Catalogue());
  REQUIRE(pack.info.rules.size() == 2);
  CHECK(pack.info.rules[0].id == "b");
  CHECK(pack.info.rules[1].id == "a");
  CHECK(pack.info.rules[1].weight == 3);  // the pack's weights override the rule's own
  CHECK(pack.info.rules[1].dimension == Dimension::kDeFacto);
  CHECK(pack.info.domains[static_cast<size_t>(pack.info.rules[1].domain)].id == "labour_rights");
  CHECK(pack.info.test_files == std::vector<std::string>{"rules/a_test.lua"});
  CHECK(pack.info.hash.size() == 64);
}

TEST_CASE("the pack hash changes with any file's content and not with the folder's location", "[rules]") {
  TempDir one, two;
  for (const TempDir* d : {&one, &two}) {
    d->Write("pack.lua", PackLua({"rules/a.lua"}));
    d->Write("rules/a.lua", SimpleRule("a"));
  }
  std::string h1 = LoadRulePack(one.path().string(), Catalogue()).info.hash;
  CHECK(h1 == LoadRulePack(two.path().string(), Catalogue()).info.hash);
  two.Write("rules/a.lua", SimpleRule("a") + "-- a comment\n");
  CHECK(h1 != LoadRulePack(two.path().string(), Catalogue()).info.hash);
}

TEST_CASE("each kind of bad pack gets its own clear message", "[rules]") {
  TempDir dir;
  SECTION("pack.lua with a syntax error names its line") {
    dir.Write("pack.lua", "return {\n  name = \"x\",\n  version = ,\n}\n");
    CHECK_THAT(LoadError(dir), Catch::Contains("pack.lua:3: pack file failed to load:") &&
                                   Catch::Contains("unexpected symbol near ','"));
  }
  SECTION("a rule file with a syntax error names its file and line") {
    dir.Write("pack.lua", PackLua({"rules/a.lua"}));
    dir.Write("rules/a.lua", "return {\n  id = \"a\"\n  title = \"x\",\n}\n");
    CHECK_THAT(LoadError(dir), Catch::Contains("rules/a.lua:3: rule file has a syntax error:") &&
                                   Catch::Contains("'}' expected (to close '{' at line 1) near 'title'"));
  }
  SECTION("a rule file that errors while loading") {
    dir.Write("pack.lua", PackLua({"rules/a.lua"}));
    dir.Write("rules/a.lua", "local x = nil\nreturn x.field\n");
    CHECK_THAT(LoadError(dir), Catch::Contains("rules/a.lua:2: rule file failed to load: attempt to index a nil value"));
  }
  SECTION("a duplicate rule id names both files") {
    dir.Write("pack.lua", PackLua({"rules/a.lua", "rules/b.lua"}));
    dir.Write("rules/a.lua", SimpleRule("same"));
    dir.Write("rules/b.lua", SimpleRule("same"));
    CHECK_THAT(LoadError(dir), Catch::Contains("rules/b.lua: rule 'same': duplicate rule id (also in") &&
                                   Catch::Contains("rules/a.lua)"));
  }
  SECTION("a listed rule file that does not exist") {
    dir.Write("pack.lua", PackLua({"rules/missing.lua"}));
    CHECK_THAT(LoadError(dir), Catch::Contains("pack.lua: /rules/0: rule file \"rules/missing.lua\" does not exist in the pack"));
  }
  SECTION("a Lua file that is neither listed nor a test") {
    dir.Write("pack.lua", PackLua({"rules/a.lua"}));
    dir.Write("rules/a.lua", SimpleRule("a"));
    dir.Write("rules/forgotten.lua", SimpleRule("f"));
    CHECK_THAT(LoadError(dir), Catch::Contains("rules/forgotten.lua: this Lua file is neither a listed rule nor a test") &&
                                   Catch::Contains("add \"rules/forgotten.lua\" to the pack's \"rules\""));
  }
  SECTION("an unknown domain, with a suggestion") {
    dir.Write("pack.lua", PackLua({"rules/a.lua"}));
    dir.Write("rules/a.lua", RuleWith("  domain = \"right_to_wrk\", dimension = \"de_jure\","));
    CHECK_THAT(LoadError(dir), Catch::Contains("rules/a.lua: /domain: rule 'r': domain \"right_to_wrk\" is not declared "
                                               "in the pack (did you mean 'right_to_work'?)"));
  }
  SECTION("a bad dimension") {
    dir.Write("pack.lua", PackLua({"rules/a.lua"}));
    dir.Write("rules/a.lua", RuleWith("  domain = \"right_to_work\", dimension = \"dejure\","));
    CHECK_THAT(LoadError(dir), Catch::Contains("dimension must be \"de_jure\" or \"de_facto\", not \"dejure\""));
  }
  SECTION("an unknown fact in reads") {
    dir.Write("pack.lua", PackLua({"rules/a.lua"}));
    dir.Write("rules/a.lua",
              "return { id = \"r\", title = \"R\", domain = \"right_to_work\", dimension = \"de_jure\",\n"
              "  instruments = { \"x\" }, reads = { \"rtw.wage_employmnt\" },\n"
              "  evaluate = function(c) return 1, \"x\" end }\n");
    CHECK_THAT(LoadError(dir), Catch::Contains("/reads/0: rule 'r': unknown fact \"rtw.wage_employmnt\" "
                                               "(did you mean 'rtw.wage_employment'?)"));
  }
  SECTION("an unknown key in a rule, with a suggestion") {
    dir.Write("pack.lua", PackLua({"rules/a.lua"}));
    dir.Write("rules/a.lua", RuleWith("  domain = \"right_to_work\", dimension = \"de_jure\", wieght = 2,"));
    CHECK_THAT(LoadError(dir), Catch::Contains("/wieght: rule 'r': unknown key \"wieght\" (did you mean 'weight'?)"));
  }
  SECTION("a rule without evaluate") {
    dir.Write("pack.lua", PackLua({"rules/a.lua"}));
    dir.Write("rules/a.lua", "return { id = \"r\", title = \"R\" }\n");
    CHECK_THAT(LoadError(dir), Catch::Contains("rules/a.lua: rule 'r': the rule has no evaluate function"));
  }
  SECTION("a rule file that returns something else than a table") {
    dir.Write("pack.lua", PackLua({"rules/a.lua"}));
    dir.Write("rules/a.lua", "return 42\n");
    CHECK_THAT(LoadError(dir), Catch::Contains("a rule file must return a table") && Catch::Contains("but returned number"));
  }
  SECTION("a pack.json with a JSON error points at line and column") {
    dir.Write("pack.json", "{\n  \"name\": \"x\",\n  \"version\": 1.0.0\n}\n");
    CHECK_THAT(LoadError(dir), Catch::Contains("pack.json:3:17: expected ',' or '}' after a value, found '.'"));
  }
  SECTION("both pack.lua and pack.json") {
    dir.Write("pack.lua", PackLua({}));
    dir.Write("pack.json", "{}");
    CHECK_THAT(LoadError(dir), Catch::Contains("the pack has both pack.lua and pack.json (keep one)"));
  }
  SECTION("a folder that is not a pack") {
    CHECK_THAT(LoadError(dir), Catch::Contains("no pack.lua or pack.json in the rule pack folder"));
  }
}

TEST_CASE("a pack can be described by pack.json instead of pack.lua", "[rules]") {
  TempDir dir;
  dir.Write("pack.json", R"({"name": "j", "version": "2.0", "aggregation": "geometric",
    "domains": [{"id": "right_to_work", "title": "Right to work", "weight": 1}],
    "rules": ["rules/a.lua"]})");
  dir.Write("rules/a.lua", SimpleRule("a"));
  RulePack pack = LoadRulePack(dir.path().string(), Catalogue());
  CHECK(pack.info.name == "j");
  CHECK(pack.info.aggregation == Aggregation::kGeometric);
  CHECK(pack.info.rules.size() == 1);
}

TEST_CASE("the standard pack loads and every rule cites an instrument and has an advocacy action", "[rules]") {
  RulePack pack = LoadRulePack(RepoDir() + "/rules/standard", Catalogue());
  REQUIRE(pack.info.rules.size() >= 8);
  bool domains[3] = {false, false, false}, dims[2] = {false, false};
  for (const auto& r : pack.info.rules) {
    INFO(r.id);
    CHECK(!r.instruments.empty());
    CHECK(r.action.is_object());
    CHECK(r.action.contains("action"));
    domains[r.domain] = true;
    dims[r.dimension == Dimension::kDeJure ? 0 : 1] = true;
  }
  CHECK((domains[0] && domains[1] && domains[2]));
  CHECK((dims[0] && dims[1]));
}
