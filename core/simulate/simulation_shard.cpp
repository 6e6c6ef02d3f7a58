#include "core/simulate/simulation_shard.h"

#include <algorithm>
#include <cstring>

#include "core/base/diagnostics.h"

namespace workrights {
namespace {

constexpr std::string_view kMagic = "workrights-shard-1\n";

template <typename T>
void Append(std::string& out, const std::vector<T>& v) {
  uint64_t n = v.size();
  out.append(reinterpret_cast<const char*>(&n), sizeof n);
  out.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
}

template <typename T>
bool Read(const std::string& in, size_t& pos, std::vector<T>& v) {
  uint64_t n = 0;
  if (pos + sizeof n > in.size()) return false;
  std::memcpy(&n, in.data() + pos, sizeof n);
  pos += sizeof n;
  if (n > (in.size() - pos) / sizeof(T)) return false;
  v.resize(n);
  std::memcpy(v.data(), in.data() + pos, n * sizeof(T));
  pos += n * sizeof(T);
  return true;
}

nlohmann::json Header(const SimulationResult& r, size_t first, size_t total) {
  return {{"scenario", r.scenario->id},
          {"seed", r.options.seed},
          {"draws", total},
          {"first_draw", first},
          {"runs", r.runs},
          {"pack_hash", r.pack->hash},
          {"dataset_hash", r.dataset->hash},
          {"countries", r.countries.size()},
          {"metrics", r.metrics.size()},
          {"pledges", r.pledge_applies.size()},
          {"evaluations", r.evaluations},
          {"evaluations_full", r.evaluations_full}};
}

}  // namespace

std::string EncodeShard(const SimulationResult& r, size_t first_draw, size_t total_draws) {
  std::string out(kMagic);
  std::string header = Header(r, first_draw, total_draws).dump();
  uint64_t len = header.size();
  out.append(reinterpret_cast<const char*>(&len), sizeof len);
  out += header;
  Append(out, r.baseline_point);
  Append(out, r.baseline_runs);
  Append(out, r.scenario_runs);
  Append(out, r.contributions);
  Append(out, r.implemented);
  return out;
}

Shard DecodeShard(const std::string& in, const std::string& file) {
  auto fail = [&](const std::string& why) { ThrowInputError(SourceLocation{file, 0, 0, {}, {}}, why); };
  if (in.compare(0, kMagic.size(), kMagic) != 0) fail("not a workrights shard (written by simulate --draw-range)");
  size_t pos = kMagic.size();
  uint64_t len = 0;
  if (pos + sizeof len > in.size()) fail("the shard is truncated");
  std::memcpy(&len, in.data() + pos, sizeof len);
  pos += sizeof len;
  if (len > in.size() - pos) fail("the shard is truncated");
  Shard s;
  try {
    s.header = nlohmann::json::parse(in.substr(pos, len));
    s.first_draw = s.header.at("first_draw").get<size_t>();
    s.runs = s.header.at("runs").get<size_t>();
    s.evaluations = s.header.at("evaluations").get<uint64_t>();
    s.evaluations_full = s.header.at("evaluations_full").get<uint64_t>();
  } catch (const nlohmann::json::exception&) {
    fail("the shard's header is damaged");
  }
  pos += len;
  if (!Read(in, pos, s.baseline_point) || !Read(in, pos, s.baseline_runs) || !Read(in, pos, s.scenario_runs) ||
      !Read(in, pos, s.contributions) || !Read(in, pos, s.implemented) || pos != in.size()) {
    fail("the shard is truncated or damaged");
  }
  return s;
}

void MergeShards(std::vector<Shard> shards, const std::vector<std::string>& files, SimulationResult& r) {
  Diagnostics diags;
  if (shards.empty()) ThrowInputError(SourceLocation{}, "no shards to merge");
  std::vector<size_t> order(shards.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return shards[a].first_draw < shards[b].first_draw; });
  const nlohmann::json& h0 = shards[order[0]].header;
  size_t total = h0.at("draws").get<size_t>();
  const size_t nc = r.countries.size(), nm = r.metrics.size(), np = r.pledge_applies.size();
  nlohmann::json expected = {{"scenario", r.scenario->id}, {"pack_hash", r.pack->hash}, {"dataset_hash", r.dataset->hash},
                             {"countries", nc}, {"metrics", nm}, {"pledges", np}};
  size_t next = 0;
  for (size_t i : order) {
    const Shard& s = shards[i];
    SourceLocation where{files[i], 0, 0, {}, {}};
    for (const auto& [key, value] : expected.items()) {
      if (s.header.at(key) != value) {
        diags.Add(where, "shard was made with another " + key + " (" + s.header.at(key).dump() + ", expected " + value.dump() + ")",
                  "merge shards of one scenario, pack and dataset");
      }
    }
    if (s.header.at("seed") != h0.at("seed") || s.header.at("draws") != h0.at("draws")) {
      diags.Add(where, "shards disagree on seed or total draws");
    }
    if (s.first_draw != next) {
      diags.Add(where, s.first_draw < next ? "shard overlaps draws of another shard"
                                            : "draws " + std::to_string(next) + " to " + std::to_string(s.first_draw - 1) + " are missing");
    }
    next = s.first_draw + s.runs;
  }
  if (next != total) diags.Add(SourceLocation{}, "draws " + std::to_string(next) + " to " + std::to_string(total - 1) + " are missing");
  diags.ThrowIfAny();

  r.options.draws = static_cast<int>(total);
  r.options.seed = h0.at("seed").get<uint64_t>();
  r.runs = total;
  r.baseline_point = shards[order[0]].baseline_point;
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
    r.evaluations += s.evaluations;
    r.evaluations_full += s.evaluations_full;
  }
  SummarizeKeptRuns(r);
}

}  // namespace workrights
