#pragma once
// Shards of a sensitivity analysis of the ranking: `rank --sensitivity sobol --draw-range A:B` runs the model on
// the rows of base samples [A, B) of the Saltelli design and writes every run's outputs (raw floats, as the
// whole run keeps them) after a JSON header; `workrights merge` joins shards into exactly the output one run
// gives. The container, checksum and checks are those of simulation shards (core/base/shard_container.h): the
// header records hashes of the scenario, pack and data and every setting the design depends on.
#include <optional>
#include <string>
#include <vector>

#include "core/base/diagnostics.h"
#include "core/sensitivity/rank_sensitivity.h"

namespace workrights {

/// Serialises `runs`, the runs of base samples [first_sample, first_sample + count) of `plan`'s design.
std::string EncodeSensitivityShard(const RankSensitivityPlan& plan, const RankRuns& runs, size_t first_sample);

/// What a sensitivity shard says it holds.
struct SensitivityShardHeader {
  std::string engine;
  std::string scenario, scenario_hash;  ///< empty: the baseline
  std::string pack_hash, dataset_hash, inputs_hash;
  std::string as_of, group, unknowns;   ///< group: empty for each country's primary group
  uint64_t seed = 0;
  size_t samples = 0, first_sample = 0, sample_count = 0, bootstrap = 0, top = 0;
  size_t countries = 0, inputs = 0, pledges = 0, rows_per_sample = 0;
  uint64_t priority_evaluations = 0, reused = 0;
  std::string checksum;
};

struct SensitivityShard {
  SensitivityShardHeader header;
  std::vector<float> rank, overall, top;  ///< [country][row of the shard]
  std::vector<uint32_t> combination_country, combination_evaluations;  ///< [combination]
  std::vector<uint8_t> combination_pledges;                            ///< [combination][pledge]
};

/// Whether `bytes` begin as a sensitivity shard does (merge tells the kinds apart by this).
bool IsSensitivityShard(const std::string& bytes);

/// Decodes and verifies one shard; every problem goes to `diags`, naming `file`; nothing when there was any.
std::optional<SensitivityShard> DecodeSensitivityShard(const std::string& bytes, const std::string& file,
                                                       Diagnostics& diags);

/// Recomputes the checksum after the bytes were changed (tests and fuzzers).
std::string ResealSensitivityShard(const std::string& bytes);

/// Identifies the inputs in order (their ids), so shards of differently made inputs are told apart.
std::string InputsHash(const std::vector<SensitivityInput>& inputs);

}  // namespace workrights
