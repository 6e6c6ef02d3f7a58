// Fuzzes shard decoding and merging, of simulation shards and of sensitivity shards (rank --sensitivity
// --draw-range). The input is read as a shard of its own of either kind, and as edits to a real shard of each
// kind from the shipped data (pairs of offset and byte; the first byte says whether to recompute the checksum
// afterwards), so the fuzzer gets past the checksum to the header, size and value checks and to the merge.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/sensitivity/sensitivity_merge.h"
#include "core/sensitivity/sensitivity_shard.h"
#include "core/simulate/scenario.h"
#include "core/simulate/shard_merge.h"
#include "core/simulate/simulation_shard.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

using namespace workrights;

struct Fixture {
  Scenario scenario = LoadScenario("guiding-principles-full", fuzz::RepoDir() + "/scenarios", fuzz::ShippedData(),
                                   fuzz::StandardPack().info);
  SimulationResult base = Run(0);
  std::string shard = EncodeShard(Run(3), 0, 3);

  SimulationResult Run(size_t draws) {  // 0: the run of no draws that merge joins shards into
    SimulationOptions o;
    o.draws = draws ? static_cast<int>(draws) : 1;
    o.seed = 1;
    o.draw_count = draws;
    o.keep_runs = true;
    WorkerPool pool(fuzz::StandardPack(), fuzz::ShippedData().catalogue, 1);
    return Simulate(fuzz::StandardPack(), fuzz::ShippedData(), scenario, pool, o);
  }
};

/// A sensitivity analysis of the baseline with 4 base samples, the unknown facts grouped; its shard holds all 4.
struct SensitivityFixture {
  WorkerPool pool{fuzz::StandardPack(), fuzz::ShippedData().catalogue, 1};
  Ranking ranking = Rank(fuzz::StandardPack(), fuzz::ShippedData(), nullptr, pool, RankOptions{});
  RankSensitivityPlan plan = PlanRankSensitivity(fuzz::StandardPack(), fuzz::ShippedData(), ranking, pool, Options());
  std::string shard = EncodeSensitivityShard(plan, RunRankSensitivity(fuzz::StandardPack(), plan, 0, 4, pool), 0);

  static SobolOptions Options() {
    SobolOptions o;
    o.samples = 4;
    o.bootstrap = 2;
    o.seed = 1;
    o.unknowns = UnknownsMode::kGrouped;
    return o;
  }
};

void DecodeAndMergeSensitivity(const std::string& bytes, SensitivityFixture& f) {
  Diagnostics diags;
  auto shard = DecodeSensitivityShard(bytes, "fuzz.bin", diags);
  if (!shard) return;
  try {
    const RankRuns runs = MergeSensitivityShards({*shard}, {"fuzz.bin"}, f.plan);
    FinishRankSensitivity(f.plan, f.ranking, runs, f.pool);
  } catch (const InputError&) {
  }
}

std::string Edited(std::string bytes, const uint8_t* data, size_t size) {
  for (size_t i = 1; i + 2 < size; i += 3) {
    size_t offset = (size_t{data[i]} << 8 | data[i + 1]) % bytes.size();
    bytes[offset] = static_cast<char>(data[i + 2]);
  }
  return bytes;
}

void DecodeAndMerge(const std::string& bytes, const SimulationResult& base) {
  Diagnostics diags;
  auto shard = DecodeShard(bytes, "fuzz.bin", diags);
  if (!shard) return;
  SimulationResult result = base;
  try {
    MergeShards({*shard}, {"fuzz.bin"}, result);
  } catch (const InputError&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Fixture fixture;
  static SensitivityFixture sensitivity;
  const std::string raw(reinterpret_cast<const char*>(data), size);
  DecodeAndMerge(raw, fixture.base);
  DecodeAndMergeSensitivity(raw, sensitivity);
  if (size == 0) return 0;
  const std::string edited = Edited(fixture.shard, data, size);
  DecodeAndMerge(data[0] & 1 ? ResealShard(edited) : edited, fixture.base);
  const std::string edited_sensitivity = Edited(sensitivity.shard, data, size);
  DecodeAndMergeSensitivity(data[0] & 1 ? ResealSensitivityShard(edited_sensitivity) : edited_sensitivity, sensitivity);
  return 0;
}
