// The hostile-rule corpus (tests/hostile_rules/): every case must end, within bounded time, as a clear error
// for that rule naming the rule id and its file:line, while other rules and countries still evaluate.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>

#include "core/assess/evaluator.h"
#include "core/model/fact_view.h"
#include "core/rules/rule_pack.h"
#include "core/rules/rule_runtime.h"
#include "tests/test_support.h"

using namespace workrights;
using namespace workrights::testing;
namespace fs = std::filesystem;

namespace {

struct HostileCase {
  std::string name;
  std::string phase;     // "load" or "run"
  std::string expected;  // substring of the error
  int line = 0;          // expected line, 0 when not checked
  std::string text;
};

std::vector<HostileCase> LoadCorpus() {
  std::vector<HostileCase> cases;
  for (const auto& e : fs::directory_iterator(TestDir() + "/hostile_rules")) {
    if (e.path().extension() != ".lua") continue;
    HostileCase c;
    c.name = e.path().stem().string();
    c.text = ReadFile(e.path());
    std::string header = c.text;
    fs::path expect_file = e.path();
    expect_file.replace_extension(".expect");
    if (fs::exists(expect_file)) header = "-- expect: " + ReadFile(expect_file);
    std::smatch m;
    if (std::regex_search(header, m, std::regex("-- expect: (load|run): ([^\\n]+)"))) {
      c.phase = m[1];
      c.expected = m[2];
    }
    if (std::regex_search(header, m, std::regex("-- line: ([0-9]+)"))) c.line = std::stoi(m[1]);
    cases.push_back(c);
  }
  std::sort(cases.begin(), cases.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  return cases;
}

}  // namespace

TEST_CASE("the hostile-rule corpus has at least 20 cases, each with an expectation", "[sandbox]") {
  auto cases = LoadCorpus();
  REQUIRE(cases.size() >= 20);
  for (const auto& c : cases) {
    INFO(c.name);
    REQUIRE(!c.phase.empty());
    REQUIRE(!c.expected.empty());
  }
}

TEST_CASE("every hostile rule ends as a clear error for that rule, and nothing else is harmed", "[sandbox]") {
  Dataset ds = MakeDataset({MakeProfile("JOR", {{"rtw.wage_employment", FactValue{std::string("full")}}}),
                            MakeProfile("TUR", {{"rtw.wage_employment", FactValue{std::string("conditional")}}})});
  for (const auto& c : LoadCorpus()) {
    SECTION(c.name) {
      TempDir dir;
      dir.Write("pack.lua", PackLua({"rules/good.lua", "rules/hostile.lua"}));
      dir.Write("rules/good.lua", SimpleRule("good"));
      dir.Write("rules/hostile.lua", c.text);
      std::string where = "rules/hostile.lua" + (c.line ? ":" + std::to_string(c.line) : std::string());
      if (c.phase == "load") {
        try {
          LoadRulePack(dir.path().string(), ds.catalogue);
          FAIL("the pack loaded, but " << c.name << " should have been refused");
        } catch (const InputError& e) {
          std::string message = e.what();
          INFO(message);
          CHECK(message.find(c.expected) != std::string::npos);
          CHECK(message.find("hostile.lua") != std::string::npos);
          // Even before the file returns its table, the error names the rule its text declares.
          if (c.text.find("id = \"hostile\"") != std::string::npos) CHECK(message.find("rule 'hostile'") != std::string::npos);
        }
        continue;
      }
      RulePack pack = LoadRulePack(dir.path().string(), ds.catalogue);
      WorkerPool pool(pack, ds.catalogue, 1);
      Assessment a = Assess(pack, ds, pool, AssessOptions{});
      REQUIRE(a.countries.size() == 2);
      for (const auto& country : a.countries) {
        const RuleResult& good = country.results[0];
        const RuleResult& bad = country.results[1];
        INFO(country.profile->iso3 << ": " << bad.error);
        CHECK(good.status == RuleStatus::kOk);
        CHECK(bad.status == RuleStatus::kError);
        CHECK(bad.error.find(c.expected) != std::string::npos);
        CHECK(bad.error.rfind(where, 0) == 0);  // the message starts with file:line
      }
      // The runtime stays usable after the hostile call: a good rule evaluates again.
      RuleResult again;
      pool.runtime(0).Evaluate(0, a.countries[0].view, 0, again);
      CHECK(again.status == RuleStatus::kOk);
    }
  }
}

TEST_CASE("a global set by one rule at load time is invisible to another rule", "[sandbox]") {
  TempDir dir;
  dir.Write("pack.lua", PackLua({"rules/a.lua", "rules/b.lua"}));
  dir.Write("rules/a.lua", "shared = 1\n" + SimpleRule("a"));
  dir.Write("rules/b.lua",
            "return { id = \"b\", title = \"B\", domain = \"right_to_work\", dimension = \"de_jure\",\n"
            "  instruments = { \"x\" }, reads = {},\n"
            "  evaluate = function(c) if shared then return 1, \"saw a's global\" end return 0, \"isolated\" end }\n");
  Dataset ds = MakeDataset({MakeProfile("JOR", {{"rtw.wage_employment", FactValue{std::string("full")}}})});
  RulePack pack = LoadRulePack(dir.path().string(), ds.catalogue);
  WorkerPool pool(pack, ds.catalogue, 1);
  Assessment a = Assess(pack, ds, pool, AssessOptions{});
  REQUIRE(a.countries[0].results[1].status == RuleStatus::kOk);
  CHECK(a.countries[0].results[1].explanation == "isolated");
}

TEST_CASE("rules cannot see memory addresses or hash order, so explanations are reproducible", "[sandbox]") {
  TempDir dir;
  dir.Write("pack.lua", PackLua({"rules/r.lua"}));
  dir.Write("rules/r.lua",
            "return { id = \"r\", title = \"R\", domain = \"right_to_work\", dimension = \"de_jure\",\n"
            "  instruments = { \"x\" }, reads = {},\n"
            "  evaluate = function(c)\n"
            "    local keys = {}\n"
            "    for k in pairs({ zeta = 1, alpha = 2, mid = 3, [2] = 4, [1] = 5 }) do keys[#keys + 1] = tostring(k) end\n"
            "    return 0.5, table.concat(keys, \",\") .. \" \" .. tostring({}) .. \" \" .. tostring(print) .. \" \" .. string.format(\"%s\", {})\n"
            "  end }\n");
  Dataset ds = MakeDataset({MakeProfile("JOR", {})});
  RulePack pack = LoadRulePack(dir.path().string(), ds.catalogue);
  WorkerPool pool(pack, ds.catalogue, 1);
  Assessment a = Assess(pack, ds, pool, AssessOptions{});
  REQUIRE(a.countries[0].results[0].status == RuleStatus::kOk);
  CHECK(a.countries[0].results[0].explanation == "1,2,alpha,mid,zeta table nil table");
}

TEST_CASE("math.random in a rule follows the engine's seed, the same for every run", "[sandbox]") {
  TempDir dir;
  dir.Write("pack.lua", PackLua({"rules/r.lua"}));
  dir.Write("rules/r.lua",
            "return { id = \"r\", title = \"R\", domain = \"right_to_work\", dimension = \"de_jure\",\n"
            "  instruments = { \"x\" }, reads = {},\n"
            "  evaluate = function(c) return math.random(), tostring(math.random(1, 6)) end }\n");
  Dataset ds = MakeDataset({MakeProfile("JOR", {}), MakeProfile("TUR", {})});
  RulePack pack = LoadRulePack(dir.path().string(), ds.catalogue);
  WorkerPool pool1(pack, ds.catalogue, 1), pool2(pack, ds.catalogue, 2);
  AssessOptions seed7;
  seed7.seed = 7;
  Assessment a = Assess(pack, ds, pool1, seed7), b = Assess(pack, ds, pool2, seed7);
  Assessment other = Assess(pack, ds, pool1, AssessOptions{});
  CHECK(a.countries[0].results[0].score == b.countries[0].results[0].score);
  CHECK(a.countries[1].results[0].score == b.countries[1].results[0].score);
  CHECK(a.countries[0].results[0].score != a.countries[1].results[0].score);
  CHECK(a.countries[0].results[0].score != other.countries[0].results[0].score);
}

TEST_CASE("a rule that catches the unknown-fact stop with pcall is still unknown", "[sandbox][rules]") {
  TempDir dir;
  dir.Write("pack.lua", PackLua({"rules/r.lua"}));
  dir.Write("rules/r.lua",
            "return { id = \"r\", title = \"R\", domain = \"right_to_work\", dimension = \"de_jure\",\n"
            "  instruments = { \"x\" }, reads = { \"rtw.wage_employment\" },\n"
            "  evaluate = function(c)\n"
            "    local ok = pcall(function() return c:fact(\"rtw.wage_employment\") end)\n"
            "    return 0, \"pretending the unknown fact means no\"\n"
            "  end }\n");
  Dataset ds = MakeDataset({MakeProfile("JOR", {})});
  RulePack pack = LoadRulePack(dir.path().string(), ds.catalogue);
  WorkerPool pool(pack, ds.catalogue, 1);
  Assessment a = Assess(pack, ds, pool, AssessOptions{});
  const RuleResult& r = a.countries[0].results[0];
  CHECK(r.status == RuleStatus::kUnknown);
  REQUIRE(r.missing.size() == 1);
  CHECK(ds.catalogue.Get(r.missing[0]).path == "rtw.wage_employment");
}

TEST_CASE("c.group and c.as_of follow the view evaluated, not only the country", "[sandbox][rules]") {
  TempDir dir;
  dir.Write("pack.lua", PackLua({"rules/r.lua"}));
  dir.Write("rules/r.lua",
            "return { id = \"r\", title = \"R\", domain = \"right_to_work\", dimension = \"de_jure\",\n"
            "  instruments = { \"x\" }, reads = {},\n"
            "  evaluate = function(c) return 1, c.iso3 .. \" \" .. c.group .. \" \" .. tostring(c.as_of) end }\n");
  Dataset ds = MakeDataset({MakeProfile("JOR", {})});
  RulePack pack = LoadRulePack(dir.path().string(), ds.catalogue);
  RuleRuntime rt(pack.sources, ds.catalogue, pack.limits, &pack.info);
  const CountryProfile& jordan = ds.countries[0];
  RuleResult out;
  rt.Evaluate(0, MakeFactView(jordan, std::nullopt), 0, out);
  CHECK(out.explanation == "JOR refugees nil");
  rt.Evaluate(0, MakeFactView(jordan, ParseDate("2020-06-30"), *ds.catalogue.FindGroup("asylum_seekers")), 0, out);
  CHECK(out.explanation == "JOR asylum_seekers 2020-06-30");
  rt.Evaluate(0, MakeFactView(jordan, std::nullopt), 0, out);
  CHECK(out.explanation == "JOR refugees nil");
}
