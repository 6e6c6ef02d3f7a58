// A rule that keeps running out of its budget is stopped after RunawayGuard::kMaxOverruns overruns in a run, and
// the output is the same whatever the thread count: every country then sees the rule stopped.
#include <catch2/catch.hpp>

#include "core/assess/evaluator.h"
#include "core/rules/rule_pack.h"
#include "core/rules/runaway_guard.h"
#include "tests/test_support.h"

using namespace workrights;
using namespace workrights::testing;

namespace {

// Loops forever (until its budget runs out) where wage employment is "none"; scores 1 elsewhere.
const char* kSlowWhereNone = R"(return {
  id = "slow", title = "Slow", domain = "right_to_work", dimension = "de_jure", weight = 1,
  instruments = { "x" }, reads = { "rtw.wage_employment" },
  evaluate = function(c)
    if c:fact("rtw.wage_employment") == "none" then while true do end end
    return 1, "fine"
  end,
}
)";

struct Run {
  TempDir dir;
  Dataset dataset;
  RulePack pack;

  explicit Run(int overrunning) {
    dir.Write("pack.lua", PackLua({"rules/slow.lua", "rules/r.lua"}, "  limits = { instructions = 100000 },\n"));
    dir.Write("rules/slow.lua", kSlowWhereNone);
    dir.Write("rules/r.lua", SimpleRule("r"));
    std::vector<CountryProfile> profiles;
    const char* codes[] = {"JOR", "KEN", "LBN", "TUR", "UGA", "PAK"};
    for (int i = 0; i < 6; ++i) {
      profiles.push_back(MakeProfile(codes[i], {{"rtw.wage_employment", std::string(i < overrunning ? "none" : "full")}}));
    }
    dataset = MakeDataset(std::move(profiles));
    pack = LoadRulePack(dir.path().string(), dataset.catalogue);
  }

  // Per country (ISO3 order): the slow rule's status and error, and the other rule's status.
  std::vector<std::string> Assessed(int threads) {
    WorkerPool pool(pack, dataset.catalogue, threads);
    Assessment a = Assess(pack, dataset, pool, AssessOptions{});
    std::vector<std::string> out;
    for (const auto& c : a.countries) {
      out.push_back(c.profile->iso3 + " " + std::to_string(static_cast<int>(c.results[0].status)) + " " +
                    c.results[0].error + " | " + std::to_string(static_cast<int>(c.results[1].status)));
    }
    return out;
  }
};

}  // namespace

TEST_CASE("the guard stops a slot at its third overrun and a new pass forgets the others' counts") {
  RunawayGuard guard(3);
  guard.Overran(0);
  guard.Overran(0);
  guard.Overran(1);
  CHECK_FALSE(guard.Stopped(0));
  guard.Overran(0);
  CHECK(guard.Stopped(0));
  CHECK(guard.stopped_count() == 1);
  guard.BeginPass();
  guard.Overran(1);
  guard.Overran(1);
  CHECK_FALSE(guard.Stopped(1));  // its first overrun belonged to the pass before
  CHECK(guard.Stopped(0));
}

TEST_CASE("a rule that overruns in fewer countries than the limit fails only there") {
  Run run(2);
  std::vector<std::string> one = run.Assessed(1);
  REQUIRE(one.size() == 6);
  int budget_errors = 0;
  for (const auto& line : one) budget_errors += line.find("instruction budget of 100000 exceeded") != std::string::npos;
  CHECK(budget_errors == 2);
  CHECK(one == run.Assessed(2));
}

TEST_CASE("a rule that keeps overrunning is stopped for every country, the same with 1 and 2 threads") {
  Run run(4);
  std::vector<std::string> one = run.Assessed(1);
  REQUIRE(one.size() == 6);
  for (const auto& line : one) {
    CHECK(line.find(StoppedRuleMessage()) != std::string::npos);  // also where it would have scored 1
    CHECK(line.substr(line.size() - 2) == " 0");                  // the other rule still scores (status ok)
  }
  CHECK(one == run.Assessed(2));
}
