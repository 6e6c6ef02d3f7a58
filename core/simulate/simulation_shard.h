#pragma once
// Shards of a Monte Carlo run: `simulate --draw-range A:B` writes the raw per-draw results of draws [A, B);
// `workrights merge` joins shards into exactly the result one run of all draws gives (byte-identical output).
// Per-draw values are stored as raw IEEE doubles after a JSON header, so merging loses nothing.
//
// Shards travel between machines and sit on shared disks, so nothing in one is trusted: the header records
// hashes of the scenario's content, the pack and the data, and a checksum of header and body; decoding checks
// every header field, the checksum, the body's sizes against the header and every value's range.
#include <string>
#include <vector>

#include "core/base/diagnostics.h"
#include "core/simulate/simulator.h"

namespace workrights {

/// Serialises the runs of `result` (draws first..first+runs-1 of a run of `total_draws`).
std::string EncodeShard(const SimulationResult& result, size_t first_draw, size_t total_draws);

/// What a shard says it holds.
struct ShardHeader {
  std::string engine;  ///< the workrights version that wrote it
  std::string scenario, scenario_hash, pack_hash, dataset_hash;
  uint64_t seed = 0;
  size_t draws = 0, first_draw = 0, runs = 0;  ///< draws: of the whole run
  size_t countries = 0, metrics = 0, pledges = 0;
  uint64_t evaluations = 0, evaluations_full = 0;
  std::string checksum;  ///< SHA-256 of the header without this field, then the body
};

struct Shard {
  ShardHeader header;
  std::vector<double> baseline_point, baseline_runs, scenario_runs, contributions;
  std::vector<uint8_t> implemented;
};

/// Decodes and verifies one shard. Every problem found goes to `diags`, naming `file` and what is wrong
/// (not a shard, truncated, a header field missing or out of range, checksum, sizes or values that do not
/// match the header); returns nothing when there was any.
std::optional<Shard> DecodeShard(const std::string& bytes, const std::string& file, Diagnostics& diags);

/// Recomputes the checksum of a shard's bytes after they were changed: lets tests and fuzzers reach the
/// checks behind the checksum. Returns the bytes unchanged when they do not hold a readable header.
std::string ResealShard(const std::string& bytes);

}  // namespace workrights
