#include "core/sensitivity/sensitivity_shard.h"

#include <climits>
#include <cmath>

#include "core/base/sha256.h"
#include "core/base/shard_container.h"
#include "core/base/version.h"

namespace workrights {
namespace {

constexpr std::string_view kMagic = "workrights-sensitivity-shard-1\n";
// Far beyond any real analysis; they only keep the size arithmetic below from overflowing.
constexpr uint64_t kMaxCountries = 100000, kMaxInputs = 100000, kMaxPledges = 10000, kMaxTop = 100000;
constexpr uint64_t kMaxSamples = uint64_t{1} << 32, kMaxRuleEvaluations = 1000000;

nlohmann::json HeaderJson(const RankSensitivityPlan& plan, const RankRuns& runs, size_t first_sample) {
  const SobolSensitivity& s = plan.out;
  const SaltelliDesign& design = *plan.design;
  return {{"engine", std::string(kEngineVersion)},
          {"scenario", s.scenario ? s.scenario->id : ""},
          {"scenario_hash", s.scenario ? s.scenario->hash : ""},
          {"pack_hash", plan.point.pack->hash},
          {"dataset_hash", plan.point.dataset->hash},
          {"inputs_hash", InputsHash(s.inputs)},
          {"as_of", s.as_of.ToString()},
          {"group", s.group},
          {"unknowns", std::string(UnknownsModeName(s.options.unknowns))},
          {"seed", s.options.seed},
          {"samples", s.options.samples},
          {"first_sample", first_sample},
          {"sample_count", runs.rows / design.rows_per_sample()},
          {"bootstrap", s.options.bootstrap},
          {"top", s.top},
          {"countries", runs.countries.size()},
          {"inputs", s.inputs.size()},
          {"pledges", plan.scenario.pledges.size()},
          {"rows_per_sample", design.rows_per_sample()},
          {"priority_evaluations", runs.priority_evaluations},
          {"reused", runs.reused}};
}

bool ReadHeader(const nlohmann::json& j, SensitivityShardHeader& h, ShardProblem problem) {
  ShardHeaderReader read(j, std::move(problem));
  h.engine = read.Text("engine");
  h.scenario = read.Text("scenario");
  h.scenario_hash = read.Text("scenario_hash");
  h.pack_hash = read.Text("pack_hash");
  h.dataset_hash = read.Text("dataset_hash");
  h.inputs_hash = read.Text("inputs_hash");
  h.as_of = read.Text("as_of");
  h.group = read.Text("group");
  h.unknowns = read.Text("unknowns");
  h.checksum = read.Text("checksum");
  h.seed = read.Count("seed", UINT64_MAX);
  h.samples = read.Count("samples", kMaxSamples);
  h.first_sample = read.Count("first_sample", kMaxSamples);
  h.sample_count = read.Count("sample_count", kMaxSamples);
  h.bootstrap = read.Count("bootstrap", INT_MAX);
  h.top = read.Count("top", kMaxTop);
  h.countries = read.Count("countries", kMaxCountries);
  h.inputs = read.Count("inputs", kMaxInputs);
  h.pledges = read.Count("pledges", kMaxPledges);
  h.rows_per_sample = read.Count("rows_per_sample", kMaxInputs + 2);
  h.priority_evaluations = read.Count("priority_evaluations", UINT64_MAX);
  h.reused = read.Count("reused", UINT64_MAX);
  if (!read.ok()) return false;
  read.Require(h.sample_count >= 1, "a shard holds at least one sample (sample_count is 0)");
  if (h.sample_count >= 1 && h.first_sample + h.sample_count > h.samples) {
    read.Require(false, "samples " + std::to_string(h.first_sample) + " to " +
                            std::to_string(h.first_sample + h.sample_count - 1) + " go beyond the analysis's " +
                            std::to_string(h.samples) + " samples");
  }
  read.Require(h.rows_per_sample == h.inputs + 2, "rows_per_sample is " + std::to_string(h.rows_per_sample) +
                                                       " for " + std::to_string(h.inputs) + " inputs (not inputs + 2)");
  read.Require(ParseUnknownsMode(h.unknowns).has_value(), "unknowns is \"" + h.unknowns +
                                                                         "\", not per-country, grouped or off");
  return read.ok();
}

void CheckSizes(const SensitivityShard& s, const ShardProblem& problem) {
  const SensitivityShardHeader& h = s.header;
  auto expect = [&](const char* what, size_t actual, size_t expected) {
    if (actual != expected) {
      problem("the shard holds " + std::to_string(actual) + " " + what + " values where its header (samples " +
              std::to_string(h.sample_count) + ", rows per sample " + std::to_string(h.rows_per_sample) +
              ", countries " + std::to_string(h.countries) + ", pledges " + std::to_string(h.pledges) + ") gives " +
              std::to_string(expected));
    }
  };
  const size_t cells = h.countries * h.sample_count * h.rows_per_sample;
  expect("rank", s.rank.size(), cells);
  expect("overall", s.overall.size(), cells);
  expect("top", s.top.size(), cells);
  expect("combination evaluations", s.combination_evaluations.size(), s.combination_country.size());
  expect("combination pledges", s.combination_pledges.size(), s.combination_country.size() * h.pledges);
}

template <typename Ok>
void CheckEach(const char* what, const std::vector<float>& v, Ok ok, const char* should, const ShardProblem& problem) {
  for (size_t i = 0; i < v.size(); ++i) {
    if (!std::isnan(v[i]) && !ok(v[i])) {
      char value[32];
      std::snprintf(value, sizeof value, "%g", double(v[i]));
      return problem(std::string("the shard holds ") + what + " value " + value + " (at index " + std::to_string(i) +
                     "): " + should);
    }
  }
}

void CheckValues(const SensitivityShard& s, const ShardProblem& problem) {
  const double countries = double(s.header.countries);
  CheckEach("rank", s.rank, [&](float r) { return r >= 1 && r <= countries && r == std::floor(r); },
            "not a rank from 1 to the number of countries", problem);
  CheckEach("overall", s.overall, [](float x) { return x >= -1 && x <= 1; }, "outside -1 to 1, not a score", problem);
  CheckEach("top", s.top, [](float x) { return x == 0 || x == 1; }, "not 0 or 1", problem);
  for (size_t i = 0; i < s.combination_country.size(); ++i) {
    if (s.combination_country[i] >= s.header.countries) {
      return problem("the shard's pledge combination " + std::to_string(i) + " is of country " +
                     std::to_string(s.combination_country[i]) + ", beyond its " + std::to_string(s.header.countries));
    }
    if (s.combination_evaluations[i] > kMaxRuleEvaluations) {
      return problem("the shard's pledge combination " + std::to_string(i) + " claims " +
                     std::to_string(s.combination_evaluations[i]) + " rule evaluations");
    }
  }
  for (size_t i = 0; i < s.combination_pledges.size(); ++i) {
    if (s.combination_pledges[i] > 1) {
      return problem("the shard marks a pledge implemented with " + std::to_string(s.combination_pledges[i]) +
                     " (at index " + std::to_string(i) + "), not 0 or 1");
    }
  }
}

}  // namespace

std::string InputsHash(const std::vector<SensitivityInput>& inputs) {
  Sha256 sha;
  for (const auto& in : inputs) sha.Update(in.id + "\n");
  return sha.HexDigest();
}

std::string EncodeSensitivityShard(const RankSensitivityPlan& plan, const RankRuns& runs, size_t first_sample) {
  std::vector<uint32_t> countries, evaluations;
  std::vector<uint8_t> pledges;
  for (const PledgeCombination& c : runs.combinations) {
    countries.push_back(c.country);
    evaluations.push_back(c.rule_evaluations);
    pledges.insert(pledges.end(), c.implemented.begin(), c.implemented.end());
  }
  std::string body;
  AppendShardArray(body, runs.rank);
  AppendShardArray(body, runs.overall);
  AppendShardArray(body, runs.top);
  AppendShardArray(body, countries);
  AppendShardArray(body, evaluations);
  AppendShardArray(body, pledges);
  return AssembleShard(kMagic, HeaderJson(plan, runs, first_sample), body);
}

bool IsSensitivityShard(const std::string& bytes) { return bytes.compare(0, kMagic.size(), kMagic) == 0; }

std::optional<SensitivityShard> DecodeSensitivityShard(const std::string& in, const std::string& file,
                                                       Diagnostics& diags) {
  const size_t before = diags.size();
  ShardProblem problem = [&](const std::string& why) { diags.Add(SourceLocation{file, 0, 0, {}, {}}, why); };
  if (!IsSensitivityShard(in)) {
    problem("not a sensitivity shard (written by rank --sensitivity --draw-range)");
    return std::nullopt;
  }
  auto split = SplitShard(in, kMagic.size(), problem);
  SensitivityShard s;
  if (!split || !ReadHeader(split->first, s.header, problem)) return std::nullopt;
  std::string_view body = std::string_view(in).substr(split->second);
  if (ShardChecksum(split->first, body) != s.header.checksum) {
    problem("the shard does not match its checksum: it was edited or damaged after it was written");
  }
  size_t pos = 0;
  if (!ReadShardArray(body, pos, s.rank) || !ReadShardArray(body, pos, s.overall) || !ReadShardArray(body, pos, s.top) ||
      !ReadShardArray(body, pos, s.combination_country) || !ReadShardArray(body, pos, s.combination_evaluations) ||
      !ReadShardArray(body, pos, s.combination_pledges) || pos != body.size()) {
    problem("the shard is truncated or damaged (its body is not six arrays)");
    return std::nullopt;
  }
  const size_t before_sizes = diags.size();
  CheckSizes(s, problem);
  if (diags.size() == before_sizes) CheckValues(s, problem);  // it indexes by the sizes just checked
  if (diags.size() != before) return std::nullopt;
  return s;
}

std::string ResealSensitivityShard(const std::string& bytes) { return ResealShardBytes(bytes, kMagic); }

}  // namespace workrights
