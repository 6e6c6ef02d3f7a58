#include "core/simulate/simulation_shard.h"

#include <climits>
#include <cmath>
#include <cstring>
#include <functional>
#include <optional>

#include "core/base/shard_container.h"
#include "core/base/version.h"

namespace workrights {
namespace {

using Problem = ShardProblem;
using HeaderReader = ShardHeaderReader;

constexpr std::string_view kMagic = "workrights-shard-2\n";
constexpr std::string_view kUnverifiedMagic = "workrights-shard-1\n";  // before shards carried hashes
// Far beyond any real run; they only keep the size arithmetic below from overflowing.
constexpr uint64_t kMaxCountries = 100000, kMaxMetrics = 10000, kMaxPledges = 10000;

nlohmann::json HeaderJson(const SimulationResult& r, size_t first, size_t total) {
  return {{"engine", std::string(kEngineVersion)},
          {"scenario", r.scenario->id},
          {"scenario_hash", r.scenario->hash},
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

/// The header's JSON and where the body starts, or nothing (and `problem` told why).
std::optional<std::pair<nlohmann::json, size_t>> SplitHeader(const std::string& in, const Problem& problem) {
  if (in.compare(0, kUnverifiedMagic.size(), kUnverifiedMagic) == 0) {
    problem("the shard was written by an older workrights (format 1, which cannot be verified); make it again");
    return std::nullopt;
  }
  if (in.compare(0, kMagic.size(), kMagic) != 0) {
    problem("not a workrights shard (written by simulate --draw-range or rank --sensitivity --draw-range)");
    return std::nullopt;
  }
  return SplitShard(in, kMagic.size(), problem);
}

bool ReadHeader(const nlohmann::json& j, ShardHeader& h, Problem problem) {
  HeaderReader read(j, std::move(problem));
  h.engine = read.Text("engine");
  h.scenario = read.Text("scenario");
  h.scenario_hash = read.Text("scenario_hash");
  h.pack_hash = read.Text("pack_hash");
  h.dataset_hash = read.Text("dataset_hash");
  h.checksum = read.Text("checksum");
  h.seed = read.Count("seed", UINT64_MAX);
  h.draws = read.Count("draws", INT_MAX);
  h.first_draw = read.Count("first_draw", INT_MAX);
  h.runs = read.Count("runs", INT_MAX);
  h.countries = read.Count("countries", kMaxCountries);
  h.metrics = read.Count("metrics", kMaxMetrics);
  h.pledges = read.Count("pledges", kMaxPledges);
  h.evaluations = read.Count("evaluations", UINT64_MAX);
  h.evaluations_full = read.Count("evaluations_full", UINT64_MAX);
  if (!read.ok()) return false;
  read.Require(h.runs >= 1, "a shard holds at least one draw (runs is 0)");
  if (h.runs >= 1 && h.first_draw + h.runs > h.draws) {
    read.Require(false, "draws " + std::to_string(h.first_draw) + " to " + std::to_string(h.first_draw + h.runs - 1) +
                            " go beyond the run's " + std::to_string(h.draws) + " draws");
  }
  return read.ok();
}

/// The body must hold exactly the values the header announces.
void CheckSizes(const Shard& s, const Problem& problem) {
  const ShardHeader& h = s.header;
  auto expect = [&](const char* what, size_t actual, size_t expected) {
    if (actual != expected) {
      problem("the shard holds " + std::to_string(actual) + " " + what + " values where its header (runs " +
              std::to_string(h.runs) + ", countries " + std::to_string(h.countries) + ", metrics " +
              std::to_string(h.metrics) + ", pledges " + std::to_string(h.pledges) + ") gives " +
              std::to_string(expected));
    }
  };
  const size_t cells = h.countries * h.metrics;
  expect("point baseline", s.baseline_point.size(), cells);
  expect("baseline", s.baseline_runs.size(), h.runs * cells);
  expect("scenario", s.scenario_runs.size(), h.runs * cells);
  expect("contribution", s.contributions.size(), h.runs * h.pledges * h.countries);
  expect("implemented", s.implemented.size(), h.runs * h.pledges);
}

/// Every stored figure is a score, a gap, a coverage or a difference of scores: within [-1, 1], or NaN
/// for unknown.
void CheckValues(const Shard& s, const Problem& problem) {
  auto check = [&](const char* what, const std::vector<double>& v) {
    for (size_t i = 0; i < v.size(); ++i) {
      if (!std::isnan(v[i]) && !(v[i] >= -1 && v[i] <= 1)) {
        char value[32];
        std::snprintf(value, sizeof value, "%g", v[i]);
        return problem(std::string("the shard holds ") + what + " value " + value + " (at index " + std::to_string(i) +
                       "), outside -1 to 1: not a score");
      }
    }
  };
  check("point baseline", s.baseline_point);
  check("baseline", s.baseline_runs);
  check("scenario", s.scenario_runs);
  check("contribution", s.contributions);
  for (size_t i = 0; i < s.implemented.size(); ++i) {
    if (s.implemented[i] > 1) return problem("the shard marks a pledge implemented with " + std::to_string(s.implemented[i]) +
                                             " (at index " + std::to_string(i) + "), not 0 or 1");
  }
}

}  // namespace

std::string EncodeShard(const SimulationResult& r, size_t first_draw, size_t total_draws) {
  std::string body;
  AppendShardArray(body, r.baseline_point);
  AppendShardArray(body, r.baseline_runs);
  AppendShardArray(body, r.scenario_runs);
  AppendShardArray(body, r.contributions);
  AppendShardArray(body, r.implemented);
  return AssembleShard(kMagic, HeaderJson(r, first_draw, total_draws), body);
}

std::optional<Shard> DecodeShard(const std::string& in, const std::string& file, Diagnostics& diags) {
  const size_t before = diags.size();
  Problem problem = [&](const std::string& why) {
    diags.Add(SourceLocation{file, 0, 0, {}, {}}, why);
  };
  auto split = SplitHeader(in, problem);
  Shard s;
  if (!split || !ReadHeader(split->first, s.header, problem)) return std::nullopt;
  std::string_view body = std::string_view(in).substr(split->second);
  if (ShardChecksum(split->first, body) != s.header.checksum) {
    problem("the shard does not match its checksum: it was edited or damaged after it was written");
  }
  size_t pos = 0;
  if (!ReadShardArray(body, pos, s.baseline_point) || !ReadShardArray(body, pos, s.baseline_runs) ||
      !ReadShardArray(body, pos, s.scenario_runs) || !ReadShardArray(body, pos, s.contributions) ||
      !ReadShardArray(body, pos, s.implemented) || pos != body.size()) {
    problem("the shard is truncated or damaged (its body is not five arrays)");
    return std::nullopt;
  }
  CheckSizes(s, problem);
  CheckValues(s, problem);
  if (diags.size() != before) return std::nullopt;
  return s;
}

std::string ResealShard(const std::string& bytes) { return ResealShardBytes(bytes, kMagic); }

}  // namespace workrights
