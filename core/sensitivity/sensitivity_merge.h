#pragma once
// Joining the shards of a sensitivity analysis (`workrights merge`) into the runs of every row of the design,
// which FinishRankSensitivity turns into exactly the output one run gives.
#include <string>
#include <vector>

#include "core/sensitivity/rank_sensitivity.h"
#include "core/sensitivity/sensitivity_shard.h"

namespace workrights {

/// The RankOptions and SobolOptions a shard was made with (memory limit and threads aside), for making the
/// plan the shards are checked against and joined into.
RankOptions RankOptionsOf(const SensitivityShardHeader& h);
SobolOptions SobolOptionsOf(const SensitivityShardHeader& h);

/// Joins decoded shards (any order) of the analysis `plan` describes, which merge makes from the settings of
/// the first shard given (files[0]). Reports every shard that disagrees with
/// the plan (engine, scenario and its content, pack, data, date, group, top K, unknowns mode, inputs, seed,
/// samples, bootstrap, shape) and samples that overlap or are missing, each naming its shard and what differs;
/// throws InputError listing all of them.
RankRuns MergeSensitivityShards(std::vector<SensitivityShard> shards, const std::vector<std::string>& files,
                                const RankSensitivityPlan& plan);

}  // namespace workrights
