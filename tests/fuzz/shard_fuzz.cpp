// Fuzzes shard decoding and merging. The input is read twice: as a shard of its own, and as edits to a real
// shard of the shipped data (pairs of offset and byte; the first byte says whether to recompute the checksum
// afterwards), so the fuzzer gets past the checksum to the header, size and value checks and to the merge.
#include <cstddef>
#include <cstdint>
#include <string>

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
  DecodeAndMerge(std::string(reinterpret_cast<const char*>(data), size), fixture.base);
  if (size == 0) return 0;
  std::string edited = fixture.shard;
  for (size_t i = 1; i + 2 < size; i += 3) {
    size_t offset = (size_t{data[i]} << 8 | data[i + 1]) % edited.size();
    edited[offset] = static_cast<char>(data[i + 2]);
  }
  DecodeAndMerge(data[0] & 1 ? ResealShard(edited) : edited, fixture.base);
  return 0;
}
