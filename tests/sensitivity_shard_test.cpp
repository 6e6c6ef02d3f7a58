// Shards of a sensitivity analysis: joined in any split they give exactly the runs and output of one run;
// damaged shards and shards of another analysis are refused, each naming the shard and what differs.
#include <catch2/catch.hpp>

#include <cstring>

#include "core/rules/rule_pack.h"
#include "core/sensitivity/sensitivity_merge.h"
#include "core/sensitivity/sensitivity_shard.h"
#include "core/simulate/scenario.h"
#include "reports/assessment/json_writer.h"
#include "reports/sensitivity/sensitivity_report.h"
#include "tests/test_support.h"

using namespace workrights;
using namespace workrights::testing;

namespace {

// Three countries, two rules, one uncertain pledge (as in rank_sensitivity_test.cpp); a ranking of the top 1.
struct Analysis {
  TempDir dir;
  Dataset ds = MakeDataset({
      MakeProfile("ARG", {{"rtw.wage_employment", FactValue{std::string("none")}}, {"rtw.quota", FactValue{true}}}),
      MakeProfile("BRA", {{"rtw.wage_employment", FactValue{std::string("none")}}}),
      MakeProfile("CHL", {{"rtw.wage_employment", FactValue{std::string("full")}}, {"rtw.quota", FactValue{false}}}),
  });
  RulePack pack;
  Scenario scenario;
  Analysis() {
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
  SobolOptions Options(uint64_t seed = 7) const {
    SobolOptions so;
    so.samples = 64;
    so.bootstrap = 20;
    so.seed = seed;
    return so;
  }
  Ranking Ranked(WorkerPool& pool) const {
    RankOptions ro;
    ro.top = 1;
    return Rank(pack, ds, &scenario, pool, ro);
  }
  std::string Shard(size_t first, size_t last, uint64_t seed = 7) {
    WorkerPool pool(pack, ds.catalogue, 2);
    const Ranking ranking = Ranked(pool);
    const RankSensitivityPlan plan = PlanRankSensitivity(pack, ds, ranking, pool, Options(seed));
    return EncodeSensitivityShard(plan, RunRankSensitivity(pack, plan, first, last, pool), first);
  }
  std::string Json(const SobolSensitivity& s) { return JsonText(SensitivityToJson(s, pack.info, ds)); }
  std::string Whole() {
    WorkerPool pool(pack, ds.catalogue, 1);
    return Json(RankSensitivity(pack, ds, Ranked(pool), pool, Options()));
  }
  /// Decodes `files` and merges them as `workrights merge` does.
  std::string Merged(const std::vector<std::pair<std::string, std::string>>& files) {
    Diagnostics diags;
    std::vector<SensitivityShard> shards;
    std::vector<std::string> names;
    for (const auto& [name, bytes] : files) {
      auto s = DecodeSensitivityShard(bytes, name, diags);
      REQUIRE(s.has_value());
      shards.push_back(std::move(*s));
      names.push_back(name);
    }
    WorkerPool pool(pack, ds.catalogue, 3);
    const Ranking ranking = Ranked(pool);
    const RankSensitivityPlan plan = PlanRankSensitivity(pack, ds, ranking, pool, SobolOptionsOf(shards[0].header));
    const RankRuns runs = MergeSensitivityShards(std::move(shards), names, plan);
    return Json(FinishRankSensitivity(plan, ranking, runs, pool));
  }
};

std::vector<std::string> Messages(const InputError& e) {
  std::vector<std::string> out;
  for (const auto& d : e.diagnostics()) out.push_back(d.where.file + ": " + d.message);
  return out;
}

std::vector<std::string> MergeProblems(Analysis& a, const std::vector<std::pair<std::string, std::string>>& files) {
  try {
    a.Merged(files);
  } catch (const InputError& e) {
    return Messages(e);
  }
  return {};
}

std::vector<std::string> DecodeProblems(const std::string& bytes) {
  Diagnostics diags;
  auto shard = DecodeSensitivityShard(bytes, "s.bin", diags);
  CHECK(shard.has_value() == diags.empty());
  std::vector<std::string> out;
  for (const auto& d : diags.items()) out.push_back(d.message);
  return out;
}

}  // namespace

TEST_CASE("Shards of a sensitivity analysis merge into exactly the output of one run", "[sensitivity][shard]") {
  Analysis a;
  const std::string whole = a.Whole();
  CHECK(a.Merged({{"a.bin", a.Shard(0, 64)}}) == whole);
  CHECK(a.Merged({{"a.bin", a.Shard(0, 32)}, {"b.bin", a.Shard(32, 64)}}) == whole);
  // Any order, uneven splits.
  CHECK(a.Merged({{"c.bin", a.Shard(40, 64)}, {"a.bin", a.Shard(0, 5)}, {"b.bin", a.Shard(5, 40)}}) == whole);
}

TEST_CASE("A sensitivity shard names the settings of the analysis it is part of", "[sensitivity][shard]") {
  Analysis a;
  Diagnostics diags;
  const auto s = DecodeSensitivityShard(a.Shard(8, 24), "s.bin", diags);
  REQUIRE(s.has_value());
  CHECK(s->header.scenario == "s");
  CHECK(s->header.samples == 64);
  CHECK(s->header.first_sample == 8);
  CHECK(s->header.sample_count == 16);
  CHECK(s->header.unknowns == "per-country");
  CHECK(s->header.top == 1);
  CHECK(s->header.rows_per_sample == s->header.inputs + 2);
  CHECK(s->rank.size() == 3 * 16 * s->header.rows_per_sample);
  const SobolOptions o = SobolOptionsOf(s->header);
  CHECK(o.seed == 7);
  CHECK(o.bootstrap == 20);
}

TEST_CASE("Sensitivity shards of another seed, overlapping or missing samples are refused by name",
          "[sensitivity][shard]") {
  Analysis a;
  CHECK(MergeProblems(a, {{"a.bin", a.Shard(0, 32)}, {"b.bin", a.Shard(32, 64, 8)}}) ==
        std::vector<std::string>{"b.bin: shard has --seed 8 where a.bin has 7"});
  CHECK(MergeProblems(a, {{"a.bin", a.Shard(0, 40)}, {"b.bin", a.Shard(32, 64)}}) ==
        std::vector<std::string>{"b.bin: shard overlaps samples of another shard"});
  CHECK(MergeProblems(a, {{"a.bin", a.Shard(0, 20)}, {"b.bin", a.Shard(32, 60)}}) ==
        std::vector<std::string>{"b.bin: samples 20 to 31 are missing", ": samples 60 to 63 are missing"});
}

TEST_CASE("A sensitivity shard of another scenario content or data is refused", "[sensitivity][shard]") {
  Analysis a;
  const std::string shard = a.Shard(0, 64);
  Analysis changed;
  changed.scenario.hash = "0123456789abcdef";
  const auto problems = MergeProblems(changed, {{"a.bin", shard}});
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].starts_with("a.bin: scenario \"s\" has changed since the shard was made (scenario_hash "));
  CHECK(problems[0].ends_with(" in the shard, 0123456789ab… now)"));
  Analysis other_data;
  other_data.ds.hash = "other";
  CHECK(MergeProblems(other_data, {{"a.bin", shard}}) ==
        std::vector<std::string>{"a.bin: shard was made with other data (dataset_hash test, this run's other)"});
}

TEST_CASE("Damaged sensitivity shards are refused before anything is merged", "[sensitivity][shard]") {
  Analysis a;
  const std::string good = a.Shard(0, 16);
  CHECK(DecodeProblems(good).empty());
  CHECK(DecodeProblems("workrights-shard-2\n") ==
        std::vector<std::string>{"not a sensitivity shard (written by rank --sensitivity --draw-range)"});
  CHECK(DecodeProblems(good.substr(0, good.size() - 3)) ==
        std::vector<std::string>{"the shard does not match its checksum: it was edited or damaged after it was written",
                                 "the shard is truncated or damaged (its body is not six arrays)"});
  // A rank beyond the countries, resealed so that the checksum passes and the value check is reached. The
  // header's keys are sorted, "unknowns" last; the body starts with the ranks' length.
  std::string edited = good;
  const size_t body = good.find('}', good.find("\"unknowns\"")) + 1;
  const float bad = 9;
  std::memcpy(&edited[body + 8], &bad, sizeof bad);
  CHECK(DecodeProblems(ResealSensitivityShard(edited)) ==
        std::vector<std::string>{"the shard holds rank value 9 (at index 0): not a rank from 1 to the number of countries"});
  CHECK(DecodeProblems(edited) ==
        std::vector<std::string>{"the shard does not match its checksum: it was edited or damaged after it was written",
                                 "the shard holds rank value 9 (at index 0): not a rank from 1 to the number of countries"});
}
