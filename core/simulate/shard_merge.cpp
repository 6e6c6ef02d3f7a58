#include "core/simulate/shard_merge.h"

#include <algorithm>
#include <cstring>

#include "core/base/version.h"

namespace workrights {
namespace {

std::string Short(const std::string& hash) { return hash.size() > 12 ? hash.substr(0, 12) + "…" : hash; }

/// Bit for bit: the point baseline is deterministic, so any difference means other inputs (NaN included).
bool SameValues(const std::vector<double>& a, const std::vector<double>& b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}

/// Whether the shard was made by this engine with this run's scenario content, pack and data.
void CheckAgainstRun(const Shard& s, const SourceLocation& where, const SimulationResult& r, Diagnostics& diags) {
  const ShardHeader& h = s.header;
  const std::string hint = "make the shards again, or merge with the scenario, pack and data they were made with";
  auto differ = [&](bool differs, const std::string& message) {
    if (differs) diags.Add(where, message, hint);
  };
  const std::string& id = r.scenario->id;
  differ(h.engine != kEngineVersion, "shard was made by workrights " + h.engine + ", this is " + std::string(kEngineVersion));
  differ(h.scenario != id, "shard is of scenario \"" + h.scenario + "\", not \"" + id + "\"");
  differ(h.scenario == id && h.scenario_hash != r.scenario->hash,
         "scenario \"" + id + "\" has changed since the shard was made (scenario_hash " + Short(h.scenario_hash) +
             " in the shard, " + Short(r.scenario->hash) + " now)");
  differ(h.pack_hash != r.pack->hash,
         "shard was made with another pack (pack_hash " + Short(h.pack_hash) + ", this run's " + Short(r.pack->hash) + ")");
  differ(h.dataset_hash != r.dataset->hash, "shard was made with other data (dataset_hash " + Short(h.dataset_hash) +
                                                ", this run's " + Short(r.dataset->hash) + ")");
  differ(h.countries != r.countries.size() || h.metrics != r.metrics.size() || h.pledges != r.pledge_applies.size(),
         "shard has " + std::to_string(h.countries) + " countries, " + std::to_string(h.metrics) + " metrics and " +
             std::to_string(h.pledges) + " pledges; this run has " + std::to_string(r.countries.size()) + ", " +
             std::to_string(r.metrics.size()) + " and " + std::to_string(r.pledge_applies.size()));
  differ(diags.empty() && !SameValues(s.baseline_point, r.baseline_point),
         "the shard's point baseline differs from this run's, though its hashes match");
}

/// Shards of one run share its seed and size, and together cover each draw exactly once.
void CheckTogether(const std::vector<Shard>& shards, const std::vector<size_t>& order,
                   const std::vector<std::string>& files, Diagnostics& diags) {
  const ShardHeader& first = shards[order[0]].header;
  size_t next = 0;
  for (size_t i : order) {
    const ShardHeader& h = shards[i].header;
    SourceLocation where{files[i], 0, 0, {}, {}};
    if (h.seed != first.seed) {
      diags.Add(where, "shard has seed " + std::to_string(h.seed) + ", another has " + std::to_string(first.seed));
    }
    if (h.draws != first.draws) {
      diags.Add(where, "shard is part of a run of " + std::to_string(h.draws) + " draws, another of " +
                           std::to_string(first.draws));
    }
    if (h.first_draw != next) {
      diags.Add(where, h.first_draw < next ? "shard overlaps draws of another shard"
                                           : "draws " + std::to_string(next) + " to " + std::to_string(h.first_draw - 1) +
                                                 " are missing");
    }
    next = std::max(next, h.first_draw + h.runs);
  }
  if (next < first.draws) {  // located at the shard that ends the run so far, where the next one should follow
    diags.Add(SourceLocation{files[order.back()], 0, 0, {}, {}},
              "draws " + std::to_string(next) + " to " + std::to_string(first.draws - 1) + " of the run's " +
                  std::to_string(first.draws) + " are missing: no shard given holds them");
  }
}

void Join(std::vector<Shard>& shards, const std::vector<size_t>& order, SimulationResult& r) {
  const ShardHeader& first = shards[order[0]].header;
  r.options.draws = static_cast<int>(first.draws);
  r.options.seed = first.seed;
  r.runs = first.draws;
  r.baseline_runs.clear();
  r.scenario_runs.clear();
  r.contributions.clear();
  r.implemented.clear();
  r.evaluations = r.evaluations_full = 0;
  for (size_t i : order) {
    const Shard& s = shards[i];
    r.baseline_runs.insert(r.baseline_runs.end(), s.baseline_runs.begin(), s.baseline_runs.end());
    r.scenario_runs.insert(r.scenario_runs.end(), s.scenario_runs.begin(), s.scenario_runs.end());
    r.contributions.insert(r.contributions.end(), s.contributions.begin(), s.contributions.end());
    r.implemented.insert(r.implemented.end(), s.implemented.begin(), s.implemented.end());
    r.evaluations += s.header.evaluations;
    r.evaluations_full += s.header.evaluations_full;
  }
  SummarizeKeptRuns(r);
}

}  // namespace

void MergeShards(std::vector<Shard> shards, const std::vector<std::string>& files, SimulationResult& r) {
  if (shards.empty()) ThrowInputError(SourceLocation{}, "no shards to merge");
  std::vector<size_t> order(shards.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return shards[a].header.first_draw < shards[b].header.first_draw; });
  Diagnostics diags;
  for (size_t i : order) {
    Diagnostics own;
    CheckAgainstRun(shards[i], SourceLocation{files[i], 0, 0, {}, {}}, r, own);
    diags.Append(own);
  }
  CheckTogether(shards, order, files, diags);
  diags.ThrowIfAny();
  Join(shards, order, r);
}

}  // namespace workrights
