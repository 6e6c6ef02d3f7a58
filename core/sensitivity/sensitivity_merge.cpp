#include "core/sensitivity/sensitivity_merge.h"

#include <algorithm>
#include <map>

#include "core/base/version.h"

namespace workrights {
namespace {

std::string Short(const std::string& hash) { return hash.size() > 12 ? hash.substr(0, 12) + "…" : hash; }

std::string Quoted(const std::string& s) { return "\"" + s + "\""; }

/// Whether the shard was made by this engine, with this analysis's scenario, pack, data and settings.
void CheckAgainstPlan(const SensitivityShardHeader& h, const SourceLocation& where, const RankSensitivityPlan& plan,
                      const std::string& reference, Diagnostics& diags) {
  const SobolSensitivity& s = plan.out;
  const std::string hint = "make the shards again, or merge them with the scenario, pack and data they were made with";
  auto differ = [&](bool differs, const std::string& message) {
    if (differs) diags.Add(where, message, hint);
  };
  auto setting = [&](const std::string& name, const std::string& shard, const std::string& run) {
    if (shard != run) diags.Add(where, "shard has " + name + " " + shard + " where " + reference + " has " + run);
  };
  const std::string id = s.scenario ? s.scenario->id : "";
  const std::string hash = s.scenario ? s.scenario->hash : "";
  auto name = [](const std::string& scenario) { return scenario.empty() ? std::string("the baseline") : "scenario " + Quoted(scenario); };
  differ(h.engine != kEngineVersion, "shard was made by workrights " + h.engine + ", this is " + std::string(kEngineVersion));
  differ(h.scenario != id, "shard is of " + name(h.scenario) + ", not " + name(id));
  differ(h.scenario == id && h.scenario_hash != hash, "scenario " + Quoted(id) +
                                                          " has changed since the shard was made (scenario_hash " +
                                                          Short(h.scenario_hash) + " in the shard, " + Short(hash) + " now)");
  differ(h.pack_hash != plan.point.pack->hash, "shard was made with another pack (pack_hash " + Short(h.pack_hash) +
                                                   ", this run's " + Short(plan.point.pack->hash) + ")");
  differ(h.dataset_hash != plan.point.dataset->hash, "shard was made with other data (dataset_hash " +
                                                         Short(h.dataset_hash) + ", this run's " +
                                                         Short(plan.point.dataset->hash) + ")");
  setting("as_of", h.as_of, s.as_of.ToString());
  setting("--group", h.group.empty() ? "(each country's primary group)" : h.group,
          s.group.empty() ? "(each country's primary group)" : s.group);
  setting("--top", std::to_string(h.top), std::to_string(s.top));
  setting("--unknowns", h.unknowns, std::string(UnknownsModeName(s.options.unknowns)));
  setting("--seed", std::to_string(h.seed), std::to_string(s.options.seed));
  setting("--samples", std::to_string(h.samples), std::to_string(s.options.samples));
  setting("--bootstrap", std::to_string(h.bootstrap), std::to_string(s.options.bootstrap));
  const size_t countries = plan.point.countries.size(), pledges = plan.scenario.pledges.size();
  differ(h.countries != countries || h.inputs != s.inputs.size() || h.pledges != pledges,
         "shard has " + std::to_string(h.countries) + " countries, " + std::to_string(h.inputs) + " inputs and " +
             std::to_string(h.pledges) + " pledges; the analysis being merged has " + std::to_string(countries) +
             ", " + std::to_string(s.inputs.size()) + " and " + std::to_string(pledges));
  differ(h.inputs == s.inputs.size() && h.inputs_hash != InputsHash(s.inputs),
         "shard's inputs are not the analysis's, though as many (inputs_hash " + Short(h.inputs_hash) + ", this run's " +
             Short(InputsHash(s.inputs)) + ")");
}

/// Together the shards cover each base sample exactly once.
void CheckCoverage(const std::vector<SensitivityShard>& shards, const std::vector<size_t>& order,
                   const std::vector<std::string>& files, size_t samples, Diagnostics& diags) {
  size_t next = 0;
  for (size_t i : order) {
    const SensitivityShardHeader& h = shards[i].header;
    if (h.first_sample != next) {
      diags.Add(SourceLocation{files[i], 0, 0, {}, {}},
                h.first_sample < next ? "shard overlaps samples of another shard"
                                      : "samples " + std::to_string(next) + " to " + std::to_string(h.first_sample - 1) +
                                            " are missing");
    }
    next = std::max(next, h.first_sample + h.sample_count);
  }
  if (next < samples) {
    diags.Add(SourceLocation{}, "samples " + std::to_string(next) + " to " + std::to_string(samples - 1) + " are missing");
  }
}

/// The union of the shards' pledge combinations: one run makes each once, so each counts once.
void JoinCombinations(const std::vector<SensitivityShard>& shards, const std::vector<size_t>& order,
                      const std::vector<std::string>& files, RankRuns& runs, Diagnostics& diags) {
  std::map<std::pair<uint32_t, std::vector<uint8_t>>, uint32_t> made;
  for (size_t i : order) {
    const SensitivityShard& s = shards[i];
    const size_t np = s.header.pledges;
    for (size_t c = 0; c < s.combination_country.size(); ++c) {
      std::vector<uint8_t> key(s.combination_pledges.begin() + c * np, s.combination_pledges.begin() + (c + 1) * np);
      auto [it, added] = made.try_emplace({s.combination_country[c], std::move(key)}, s.combination_evaluations[c]);
      if (!added && it->second != s.combination_evaluations[c]) {
        diags.Add(SourceLocation{files[i], 0, 0, {}, {}},
                  "shard re-evaluated " + std::to_string(s.combination_evaluations[c]) +
                      " rules for a combination of pledges another shard re-evaluated " + std::to_string(it->second) +
                      " rules for");
      }
    }
  }
  for (const auto& [key, evaluations] : made) {
    runs.combinations.push_back({key.first, key.second, evaluations});
    runs.rule_evaluations += evaluations;
  }
}

void JoinRuns(const std::vector<SensitivityShard>& shards, const std::vector<size_t>& order,
              const RankSensitivityPlan& plan, RankRuns& runs) {
  const SaltelliDesign& design = *plan.design;
  const size_t nc = plan.point.countries.size();
  for (const auto& c : plan.point.countries) runs.countries.push_back(c.profile);
  runs.rows = design.rows();
  runs.rank.resize(nc * runs.rows);
  runs.overall.resize(nc * runs.rows);
  runs.top.resize(nc * runs.rows);
  for (size_t i : order) {
    const SensitivityShard& s = shards[i];
    const size_t first = design.RowOfA(s.header.first_sample);
    const size_t rows = s.header.sample_count * design.rows_per_sample();
    for (size_t c = 0; c < nc; ++c) {
      std::copy_n(&s.rank[c * rows], rows, &runs.rank[c * runs.rows + first]);
      std::copy_n(&s.overall[c * rows], rows, &runs.overall[c * runs.rows + first]);
      std::copy_n(&s.top[c * rows], rows, &runs.top[c * runs.rows + first]);
    }
    runs.priority_evaluations += s.header.priority_evaluations;
    runs.reused += s.header.reused;
  }
}

}  // namespace

RankOptions RankOptionsOf(const SensitivityShardHeader& h) {
  RankOptions o;
  o.top = static_cast<int>(h.top);
  o.seed = h.seed;
  if (auto date = ParseDate(h.as_of)) o.as_of = *date;
  return o;
}

SobolOptions SobolOptionsOf(const SensitivityShardHeader& h) {
  SobolOptions o;
  o.samples = h.samples;
  o.bootstrap = h.bootstrap;
  o.seed = h.seed;
  o.unknowns = ParseUnknownsMode(h.unknowns).value_or(UnknownsMode::kPerCountry);
  return o;
}

RankRuns MergeSensitivityShards(std::vector<SensitivityShard> shards, const std::vector<std::string>& files,
                                const RankSensitivityPlan& plan) {
  if (shards.empty()) ThrowInputError(SourceLocation{}, "no shards to merge");
  std::vector<size_t> order(shards.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return shards[a].header.first_sample < shards[b].header.first_sample; });
  Diagnostics diags;
  for (size_t i : order) {
    CheckAgainstPlan(shards[i].header, SourceLocation{files[i], 0, 0, {}, {}}, plan,
                     i == 0 ? std::string("the analysis being merged") : files[0], diags);
  }
  diags.ThrowIfAny();  // the checks below trust the shards' shapes
  CheckCoverage(shards, order, files, plan.out.options.samples, diags);
  RankRuns runs;
  JoinCombinations(shards, order, files, runs, diags);
  diags.ThrowIfAny();
  CheckRankRunsMemory(plan, plan.out.options.samples);
  JoinRuns(shards, order, plan, runs);
  return runs;
}

}  // namespace workrights
