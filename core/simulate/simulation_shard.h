#pragma once
// Shards of a Monte Carlo run: `simulate --draw-range A:B` writes the raw per-draw results of draws [A, B);
// `workrights merge` joins shards into exactly the result one run of all draws gives (byte-identical output).
// Per-draw values are stored as raw IEEE doubles after a JSON header, so merging loses nothing.
#include <string>
#include <vector>

#include "core/simulate/simulator.h"

namespace workrights {

/// Serialises the runs of `result` (draws first..first+runs-1 of a run of `total_draws`).
std::string EncodeShard(const SimulationResult& result, size_t first_draw, size_t total_draws);

struct Shard {
  nlohmann::json header;  ///< scenario, seed, draws, pack and dataset hashes, shape
  size_t first_draw = 0;
  size_t runs = 0;
  std::vector<double> baseline_point, baseline_runs, scenario_runs, contributions;
  std::vector<uint8_t> implemented;
  uint64_t evaluations = 0, evaluations_full = 0;
};

/// Throws InputError naming the file when it is not a shard or is truncated.
Shard DecodeShard(const std::string& bytes, const std::string& file);

/// Joins shards (any order) into `result`, whose scenario, pack and dataset must match the shards'. Throws
/// InputError when shards disagree, overlap or leave draws out.
void MergeShards(std::vector<Shard> shards, const std::vector<std::string>& files, SimulationResult& result);

}  // namespace workrights
