#pragma once
// Joining the shards of a Monte Carlo run (`workrights merge`) into the result one run of all draws gives.
#include <string>
#include <vector>

#include "core/simulate/simulation_shard.h"

namespace workrights {

/// Joins decoded shards (any order) into `result`, a run of no draws of the scenario, pack and data the
/// shards must have been made with. Reports every shard that disagrees with the run (scenario content,
/// pack, data, engine, shape, point baseline) or with the others (seed, total draws), and draws that
/// overlap or are missing; throws InputError listing all of them.
void MergeShards(std::vector<Shard> shards, const std::vector<std::string>& files, SimulationResult& result);

}  // namespace workrights
