// Shards are verified: header against body, checksum, value ranges, and against the run they are merged into.
#include <catch2/catch.hpp>

#include <cstring>

#include "core/rules/rule_pack.h"
#include "core/simulate/scenario.h"
#include "core/simulate/shard_merge.h"
#include "core/simulate/simulation_shard.h"
#include "tests/test_support.h"

using namespace workrights;
using namespace workrights::testing;

namespace {

constexpr size_t kMagicBytes = 19;  // "workrights-shard-2\n"

const char* kScenario = R"({"id": "s", "title": "S", "as_of": "2027-01-01",
  "pledges": [{"id": "open", "title": "Open", "countries": "JOR", "effective": "2026-01-01", "probability": 0.5,
               "changes": [{"fact": "rtw.wage_employment", "set": "full"}]}]})";

// Two countries, one rule; shards of a run of 4 draws.
struct Run {
  TempDir dir;
  Dataset ds = MakeDataset({MakeProfile("JOR", {{"rtw.wage_employment", FactValue{std::string("none")}}}),
                            MakeProfile("TUR", {{"rtw.wage_employment", FactValue{std::string("none")}}})});
  RulePack pack;
  Scenario scenario;
  Run(const std::string& scenario_json = kScenario) {
    dir.Write("pack/pack.lua", PackLua({"rules/a.lua"}));
    dir.Write("pack/rules/a.lua", SimpleRule("a"));
    pack = LoadRulePack((dir.path() / "pack").string(), ds.catalogue);
    dir.Write("s.json", scenario_json);
    scenario = LoadScenario((dir.path() / "s.json").string(), dir.path().string(), ds, pack.info);
  }
  std::string Shard(size_t first, size_t count) {
    SimulationOptions o;
    o.draws = 4;
    o.seed = 7;
    o.first_draw = first;
    o.draw_count = count;
    o.keep_runs = true;
    WorkerPool pool(pack, ds.catalogue, 1);
    return EncodeShard(Simulate(pack, ds, scenario, pool, o), first, 4);
  }
  SimulationResult Base() {  // what merge joins the shards into: a run of no draws
    SimulationOptions o;
    o.draws = 1;
    o.draw_count = 0;
    WorkerPool pool(pack, ds.catalogue, 1);
    return Simulate(pack, ds, scenario, pool, o);
  }
};

std::vector<std::string> Problems(const std::string& bytes) {
  Diagnostics diags;
  auto shard = DecodeShard(bytes, "s.bin", diags);
  CHECK(shard.has_value() == diags.empty());
  std::vector<std::string> out;
  for (const auto& d : diags.items()) out.push_back(d.message);
  return out;
}

// Rewrites the header's JSON (as someone editing the file would), leaving the checksum as it was.
std::string EditHeader(const std::string& bytes, const std::function<void(nlohmann::json&)>& edit) {
  uint64_t len = 0;
  std::memcpy(&len, bytes.data() + kMagicBytes, sizeof len);
  nlohmann::json header = nlohmann::json::parse(bytes.substr(kMagicBytes + 8, len));
  edit(header);
  std::string text = header.dump();
  uint64_t new_len = text.size();
  return bytes.substr(0, kMagicBytes) + std::string(reinterpret_cast<const char*>(&new_len), 8) + text +
         bytes.substr(kMagicBytes + 8 + len);
}

std::string SetLastDouble(std::string bytes, size_t from_end, double value) {
  std::memcpy(bytes.data() + bytes.size() - from_end, &value, sizeof value);
  return bytes;
}

std::vector<std::string> MergeProblems(Run& run, const std::vector<std::string>& shard_bytes) {
  std::vector<Shard> shards;
  std::vector<std::string> files;
  for (size_t i = 0; i < shard_bytes.size(); ++i) {
    Diagnostics diags;
    auto s = DecodeShard(shard_bytes[i], "shard" + std::to_string(i), diags);
    REQUIRE(s.has_value());
    shards.push_back(*s);
    files.push_back("shard" + std::to_string(i));
  }
  SimulationResult base = run.Base();
  std::vector<std::string> out;
  try {
    MergeShards(shards, files, base);
  } catch (const InputError& e) {
    for (const auto& d : e.diagnostics()) out.push_back(d.where.file + ": " + d.message);
  }
  return out;
}

}  // namespace

TEST_CASE("a shard decodes to what was encoded, with its hashes", "[simulate]") {
  Run run;
  Diagnostics diags;
  auto shard = DecodeShard(run.Shard(1, 2), "s.bin", diags);
  REQUIRE(shard.has_value());
  CHECK(shard->header.first_draw == 1);
  CHECK(shard->header.runs == 2);
  CHECK(shard->header.scenario_hash == run.scenario.hash);
  CHECK(shard->header.pack_hash == run.pack.info.hash);
  CHECK(shard->header.dataset_hash == "test");
  CHECK(shard->implemented.size() == 2);
  CHECK(MergeProblems(run, {run.Shard(1, 3), run.Shard(0, 1)}).empty());
}

TEST_CASE("an edited draw value is caught by the checksum", "[simulate]") {
  Run run;
  std::string bytes = run.Shard(0, 4);
  // The last array is implemented[run][pledge] (bytes); the one before holds contributions.
  std::string edited = SetLastDouble(bytes, 4 + 8 + 8, 0.25);
  CHECK(Problems(edited) ==
        std::vector<std::string>{"the shard does not match its checksum: it was edited or damaged after it was written"});
}

TEST_CASE("an edited header is caught by the checksum and checked against the body (merge crashed on one)",
          "[simulate]") {
  Run run;
  std::string bytes = run.Shard(0, 2);
  std::string more_runs = EditHeader(bytes, [](nlohmann::json& h) { h["runs"] = 3; });
  CHECK(Problems(more_runs) ==
        std::vector<std::string>{
            "the shard does not match its checksum: it was edited or damaged after it was written",
            "the shard holds 40 baseline values where its header (runs 3, countries 2, metrics 10, pledges 1) gives 60",
            "the shard holds 40 scenario values where its header (runs 3, countries 2, metrics 10, pledges 1) gives 60",
            "the shard holds 4 contribution values where its header (runs 3, countries 2, metrics 10, pledges 1) gives 6",
            "the shard holds 2 implemented values where its header (runs 3, countries 2, metrics 10, pledges 1) gives 3"});
  // Even with a checksum recomputed to match, the sizes give it away.
  CHECK(Problems(ResealShard(more_runs)).size() == 4);
  std::string seed = ResealShard(EditHeader(bytes, [](nlohmann::json& h) { h["seed"] = 8; }));
  CHECK(Problems(seed).empty());  // a consistent forgery decodes; merge compares it with the other shards
}

TEST_CASE("every header field is checked for its type and range", "[simulate]") {
  Run run;
  std::string bytes = run.Shard(0, 2);
  CHECK(Problems(EditHeader(bytes, [](nlohmann::json& h) { h.erase("countries"); })) ==
        std::vector<std::string>{"the shard's header field \"countries\" must be a whole number from 0 to 100000 (it is missing)"});
  CHECK(Problems(EditHeader(bytes, [](nlohmann::json& h) { h["runs"] = -1; })) ==
        std::vector<std::string>{"the shard's header field \"runs\" must be a whole number from 0 to 2147483647 (it is -1)"});
  CHECK(Problems(EditHeader(bytes, [](nlohmann::json& h) { h["scenario_hash"] = 5; })) ==
        std::vector<std::string>{"the shard's header field \"scenario_hash\" must be a string (it is 5)"});
  CHECK(Problems(ResealShard(EditHeader(bytes, [](nlohmann::json& h) { h["first_draw"] = 3; }))) ==
        std::vector<std::string>{"the shard's header is inconsistent: draws 3 to 4 go beyond the run's 4 draws"});
  CHECK(Problems(EditHeader(bytes, [](nlohmann::json& h) { h = nlohmann::json::array(); })) ==
        std::vector<std::string>{"the shard's header is damaged (not a JSON object)"});
}

TEST_CASE("a value that is not a score is refused, even behind a valid checksum", "[simulate]") {
  Run run;
  std::string bytes = run.Shard(0, 4);
  CHECK(Problems(ResealShard(SetLastDouble(bytes, 4 + 8 + 8, 1e300))) ==
        std::vector<std::string>{"the shard holds contribution value 1e+300 (at index 7), outside -1 to 1: not a score"});
  std::string implemented = bytes;
  implemented.back() = 7;
  CHECK(Problems(ResealShard(implemented)) ==
        std::vector<std::string>{"the shard marks a pledge implemented with 7 (at index 3), not 0 or 1"});
}

TEST_CASE("a shard cut at any length is refused, never read past its end", "[simulate]") {
  Run run;
  std::string bytes = run.Shard(0, 1);
  for (size_t n = 0; n < bytes.size(); ++n) CHECK_FALSE(Problems(bytes.substr(0, n)).empty());
  CHECK(Problems(bytes + "x") == std::vector<std::string>{
                                     "the shard does not match its checksum: it was edited or damaged after it was written",
                                     "the shard is truncated or damaged (its body is not five arrays)"});
  CHECK(Problems("workrights-shard-1\nxxxxxxxx") ==
        std::vector<std::string>{"the shard was written by an older workrights (format 1, which cannot be verified); make it again"});
}

TEST_CASE("a scenario changed between shards (same id, new probability) is named, and every bad shard is reported",
          "[simulate]") {
  Run old_run;
  std::string made_before = old_run.Shard(0, 2);
  std::string changed = kScenario;
  changed.replace(changed.find("0.5"), 3, "0.9");
  Run run(changed);
  std::string made_after = run.Shard(2, 2);
  std::string hash_then = old_run.scenario.hash.substr(0, 12), hash_now = run.scenario.hash.substr(0, 12);
  CHECK(MergeProblems(run, {made_before, made_after}) ==
        std::vector<std::string>{"shard0: scenario \"s\" has changed since the shard was made (scenario_hash " + hash_then +
                                 "… in the shard, " + hash_now + "… now)"});
  std::string also_reseeded = ResealShard(EditHeader(made_before, [](nlohmann::json& h) { h["seed"] = 8; }));
  CHECK(MergeProblems(run, {made_after, also_reseeded}) ==
        std::vector<std::string>{
            "shard1: scenario \"s\" has changed since the shard was made (scenario_hash " + hash_then + "… in the shard, " +
                hash_now + "… now)",
            "shard0: shard has seed 7, another has 8"});
}
