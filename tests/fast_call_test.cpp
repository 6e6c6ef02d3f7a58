// Rule calls may run without the count hook (core/rules/call_watchdog.h): results must be the same whether
// every call counts exactly, calls run fast, or nearly every call is interrupted and run again.
#include <catch2/catch.hpp>

#include <chrono>

#include "core/assess/evaluator.h"
#include "core/load/profile_loader.h"
#include "core/rules/rule_pack.h"
#include "tests/test_support.h"

using namespace workrights;
using namespace workrights::testing;
using std::chrono::nanoseconds;

namespace {

Assessment AssessWith(RulePack& pack, const Dataset& ds, nanoseconds fast_call_limit, int threads) {
  pack.limits.fast_call_limit = fast_call_limit;
  WorkerPool pool(pack, ds.catalogue, threads);
  return Assess(pack, ds, pool, AssessOptions{});
}

void RequireSameResults(const Assessment& a, const Assessment& b) {
  REQUIRE(a.countries.size() == b.countries.size());
  for (size_t c = 0; c < a.countries.size(); ++c) {
    const auto& x = a.countries[c].results;
    const auto& y = b.countries[c].results;
    REQUIRE(x.size() == y.size());
    for (size_t r = 0; r < x.size(); ++r) {
      INFO(a.countries[c].profile->iso3 << " rule " << r);
      CHECK(x[r].status == y[r].status);
      CHECK(x[r].score == y[r].score);
      CHECK(x[r].explanation == y[r].explanation);
      CHECK(x[r].error == y[r].error);
      CHECK(x[r].missing == y[r].missing);
      REQUIRE(x[r].reads.size() == y[r].reads.size());
      for (size_t i = 0; i < x[r].reads.size(); ++i) CHECK(x[r].reads[i].entry == y[r].reads[i].entry);
    }
  }
}

// A rule that runs about `loops` iterations of a small loop, then scores.
std::string BusyRule(const std::string& id, long loops) {
  return "return { id = \"" + id + "\", title = \"busy\", domain = \"right_to_work\", dimension = \"de_jure\",\n"
         "  weight = 1, instruments = { \"test\" }, reads = { \"rtw.wage_employment\" },\n"
         "  evaluate = function(c)\n"
         "    local n = 0\n"
         "    for i = 1, " + std::to_string(loops) + " do n = n + i % 7 end\n"
         "    return 0.5, \"done \" .. n\n"
         "  end }\n";
}

}  // namespace

TEST_CASE("the shipped pack gives the same results counted exactly, run fast, or interrupted and run again",
          "[sandbox][fast]") {
  Dataset ds = LoadDataset(RepoDir() + "/data");
  RulePack pack = LoadRulePack(RepoDir() + "/rules/standard", ds.catalogue);
  Assessment exact = AssessWith(pack, ds, nanoseconds(0), 1);
  Assessment fast = AssessWith(pack, ds, nanoseconds(-1), 2);
  // 1 ns: nearly every call outlasts its limit and is run again with the count.
  Assessment interrupted = AssessWith(pack, ds, nanoseconds(1), 2);
  RequireSameResults(exact, fast);
  RequireSameResults(exact, interrupted);
}

TEST_CASE("a rule over its instruction budget fails the same way whether or not it first ran fast", "[sandbox][fast]") {
  Dataset ds = MakeDataset({MakeProfile("JOR", {{"rtw.wage_employment", FactValue{std::string("full")}}})});
  TempDir dir;
  dir.Write("pack.lua", PackLua({"rules/under.lua", "rules/over.lua"}));
  dir.Write("rules/under.lua", BusyRule("under", 1'000'000));   // about 4 M instructions: within 20 M
  dir.Write("rules/over.lua", BusyRule("over", 10'000'000));    // about 40 M instructions: over 20 M
  RulePack pack = LoadRulePack(dir.path().string(), ds.catalogue);
  REQUIRE(pack.limits.instructions_per_call == 20'000'000);
  for (long limit_ns : {0L, -1L, 1L, 1'000'000L}) {
    INFO("fast call limit " << limit_ns << " ns");
    Assessment a = AssessWith(pack, ds, nanoseconds(limit_ns), 1);
    const auto& results = a.countries[0].results;
    CHECK(results[0].status == RuleStatus::kOk);
    CHECK(results[0].explanation.rfind("done ", 0) == 0);
    CHECK(results[1].status == RuleStatus::kError);
    CHECK(results[1].error.find("instruction budget of 20000000 exceeded") != std::string::npos);
  }
}
