// workrights merge SHARD...: join the shards of a Monte Carlo run into the result of one run of all draws, or
// the shards of a sensitivity analysis (rank --sensitivity --draw-range) into the output of one run.
#include <filesystem>

#include "core/base/atomic_file.h"
#include "core/cli/common.h"
#include "core/cli/output_format.h"
#include "core/cli/templates_option.h"
#include "core/base/json_reader.h"
#include "core/load/profile_loader.h"
#include "core/simulate/scenario.h"
#include "core/rank/ranker.h"
#include "core/sensitivity/sensitivity_merge.h"
#include "core/simulate/shard_merge.h"
#include "reports/assessment/json_writer.h"
#include "reports/simulation/simulation_json.h"
#include "reports/sensitivity/sensitivity_report.h"
#include "reports/simulation/simulation_report.h"

namespace workrights::cli {

/// The bytes of every shard; a file that cannot be read is told to `diags` (and left empty).
static std::vector<std::optional<std::string>> ReadShardFiles(const std::vector<std::string>& files, Diagnostics& diags) {
  std::vector<std::optional<std::string>> bytes;
  for (const auto& f : files) {
    try {
      bytes.emplace_back(ReadTextFile(f, size_t{4} << 30, InputKind::kFileOrStream));
    } catch (const InputError& e) {
      for (const auto& d : e.diagnostics()) diags.Add(d);
      bytes.emplace_back();
    }
  }
  return bytes;
}

// Every shard is verified before any is trusted, and every bad one (unreadable files too) is reported. Each
// file's bytes are freed once decoded, so memory holds the decoded shards and one file, not every file as well.
template <typename Shard, typename Decode>
static std::vector<Shard> DecodeAll(std::vector<std::optional<std::string>>& bytes,
                                    const std::vector<std::string>& files, Diagnostics& diags, Decode decode) {
  std::vector<Shard> shards;
  for (size_t i = 0; i < files.size(); ++i) {
    if (!bytes[i]) continue;
    if (auto shard = decode(*bytes[i], files[i], diags)) shards.push_back(std::move(*shard));
    bytes[i].reset();
  }
  diags.ThrowIfAny();
  return shards;
}

/// A shard names its scenario by id; a path there would make merge read a file the shard chose.
static void CheckScenarioId(const std::string& id, const std::string& file) {
  if (id.find('/') != std::string::npos || id.ends_with(".json")) {
    ThrowInputError(SourceLocation{file, 0, 0, {}, {}}, "the shard names scenario \"" + id + "\", which is not an id",
                    "give the scenario with --scenario FILE");
  }
}

/// Whether the shards are a sensitivity analysis's (the first readable one says); a shard of the other kind
/// among them is named.
static bool SensitivityShards(const std::vector<std::optional<std::string>>& bytes,
                              const std::vector<std::string>& files, Diagnostics& diags) {
  size_t first = 0;
  while (first < bytes.size() && !bytes[first]) ++first;
  if (first == bytes.size()) diags.ThrowIfAny();
  const bool sensitivity = IsSensitivityShard(*bytes[first]);
  for (size_t i = first + 1; i < files.size(); ++i) {
    if (!bytes[i] || IsSensitivityShard(*bytes[i]) == sensitivity) continue;
    if (sensitivity && !bytes[i]->starts_with("workrights-shard-")) continue;  // decoding says what it is
    diags.Add(SourceLocation{files[i], 0, 0, {}, {}},
              std::string("shard is of ") + (sensitivity ? "a simulation" : "a sensitivity analysis") + ", but " +
                  files[first] + " is of " + (sensitivity ? "a sensitivity analysis" : "a simulation"),
              "merge the shards of one run at a time");
  }
  return sensitivity;
}

/// What merge writes: what simulate (or rank --sensitivity) writes without --draw-range; standard output gets JSON.
static const FormatSet kMergeFormats = {OutputFormat::kJson, OutputFormat::kCsv, OutputFormat::kMarkdown,
                                        OutputFormat::kHtml, OutputFormat::kXlsx};

/// Sensitivity shards: the ranking and the analysis's plan are made again from the first shard's settings, the
/// shards checked against them and joined, and the indices estimated as one run does.
static int MergeSensitivity(std::vector<std::optional<std::string>>& bytes,
                            const std::vector<std::string>& files, Diagnostics& diags, std::string scenario_ref,
                            std::string scenarios_dir, OutputFormat fmt, const FormatOptions& format,
                            const TemplateSet& templates, const CommonOptions& o, double max_memory) {
  std::vector<SensitivityShard> shards = DecodeAll<SensitivityShard>(bytes, files, diags, DecodeSensitivityShard);
  const SensitivityShardHeader& first = shards[0].header;
  if (scenario_ref.empty() && !first.scenario.empty()) {
    scenario_ref = first.scenario;
    CheckScenarioId(scenario_ref, files[0]);
  }
  Dataset dataset = LoadDataset(o.data_dir.empty() ? DefaultDataDir() : o.data_dir);
  RulePack pack = LoadRulePack(o.pack_dir.empty() ? DefaultPackDir() : o.pack_dir, dataset.catalogue);
  std::optional<Scenario> scenario;
  if (!scenario_ref.empty()) {
    if (scenarios_dir.empty()) scenarios_dir = (std::filesystem::path(HomeDir()) / "scenarios").string();
    scenario = LoadScenario(scenario_ref, scenarios_dir, dataset, pack.info);
  }
  RankOptions rank_options = RankOptionsOf(first);
  if (!first.group.empty()) rank_options.group = ParseSingleGroup(first.group, dataset.catalogue);
  SobolOptions sobol = SobolOptionsOf(first);
  sobol.memory_limit_gib = rank_options.memory_limit_gib = max_memory;
  WorkerPool pool(pack, dataset.catalogue, CapWorkersForLuaMemory(ResolveThreads(o.threads), pack, max_memory));
  const Ranking ranking = Rank(pack, dataset, scenario ? &*scenario : nullptr, pool, rank_options);
  const RankSensitivityPlan plan = PlanRankSensitivity(pack, dataset, ranking, pool, sobol);
  const RankRuns runs = MergeSensitivityShards(std::move(shards), files, plan);
  const SobolSensitivity s = FinishRankSensitivity(plan, ranking, runs, pool);
  switch (fmt) {
    case OutputFormat::kJson: WriteFileAtomically(o.out, JsonText(SensitivityToJson(s, pack.info, dataset))); break;
    case OutputFormat::kCsv: WriteCsv(o.out, SensitivityCsv(s), format); break;
    case OutputFormat::kMarkdown: WriteFileAtomically(o.out, SensitivityMarkdown(s, pack.info, templates)); break;
    case OutputFormat::kHtml: WriteFileAtomically(o.out, SensitivityHtml(s, pack.info, dataset, templates)); break;
    default: throw std::logic_error("merge: a format without a writer");
  }
  return kExitOk;
}

int RunMerge(const std::vector<std::string>& args) {
  CommonOptions o;
  double max_memory = kDefaultMemoryLimitGiB;
  std::vector<std::string> files;
  std::string scenario_ref, scenarios_dir, templates_dir;
  FormatOptions format;
  po::options_description desc("merge options");
  desc.add_options()
      ("shard", po::value(&files)->required()->multitoken()->value_name("FILE"), "shards written by simulate --draw-range, or by rank --sensitivity --draw-range")
      ("scenario", po::value(&scenario_ref)->value_name("SCENARIO"), "the scenario (default: the id recorded in the shards)")
      ("scenarios", po::value(&scenarios_dir)->value_name("DIR"), "folder of scenarios (default: the shipped scenarios/)");
  AddFormatOptions(desc, format, kMergeFormats);
  AddTemplatesOption(desc, templates_dir);
  AddInputOptions(desc, o);
  desc.add_options()
      ("out,o", po::value(&o.out)->value_name("FILE"), "where to write the result (default: standard output)")
      ("threads,j", po::value(&o.threads)->value_name("N"), "worker threads for a sensitivity analysis's indices (default, or 0: one per core); the output does not depend on it");
  AddMemoryOption(desc, max_memory);
  po::positional_options_description pos;
  pos.add("shard", -1);
  po::variables_map vm;
  int rc = ParseOrHelp(args, desc, &pos, "workrights merge SHARD... [--out FILE]",
                       "workrights merge out/shard-*.bin --out out/simulation.json\n  workrights merge out/sensitivity-*.bin --out out/sensitivity.json", vm);
  if (rc >= 0) return rc;
  CheckMemoryOption(max_memory);
  OutputFormat fmt = ChooseFormat(format, o.out, kMergeFormats);
  const TemplateSet templates = LoadTemplates(templates_dir);

  Diagnostics diags;
  std::vector<std::optional<std::string>> bytes = ReadShardFiles(files, diags);
  if (SensitivityShards(bytes, files, diags)) {
    return MergeSensitivity(bytes, files, diags, scenario_ref, scenarios_dir, fmt, format, templates, o, max_memory);
  }
  std::vector<Shard> shards = DecodeAll<Shard>(bytes, files, diags, DecodeShard);
  if (scenario_ref.empty()) {
    scenario_ref = shards[0].header.scenario;
    CheckScenarioId(scenario_ref, files[0]);
  }
  Dataset dataset = LoadDataset(o.data_dir.empty() ? DefaultDataDir() : o.data_dir);
  RulePack pack = LoadRulePack(o.pack_dir.empty() ? DefaultPackDir() : o.pack_dir, dataset.catalogue);
  if (scenarios_dir.empty()) scenarios_dir = (std::filesystem::path(HomeDir()) / "scenarios").string();
  Scenario scenario = LoadScenario(scenario_ref, scenarios_dir, dataset, pack.info);
  // A run of no draws gives the result's shape and its point baseline; the shards give the draws.
  SimulationOptions options;
  options.draws = 1;
  options.draw_count = 0;
  WorkerPool pool(pack, dataset.catalogue, 1);
  SimulationResult result = Simulate(pack, dataset, scenario, pool, options);
  MergeShards(std::move(shards), files, result);
  switch (fmt) {
    case OutputFormat::kJson: WriteFileAtomically(o.out, JsonText(SimulationToJson(result))); break;
    case OutputFormat::kCsv: WriteCsv(o.out, SimulationCsv(result), format); break;
    case OutputFormat::kMarkdown: WriteFileAtomically(o.out, SimulationMarkdown(result, templates)); break;
    case OutputFormat::kHtml: WriteFileAtomically(o.out, SimulationHtml(result, templates)); break;
    case OutputFormat::kXlsx: WriteSimulationWorkbook(result, o.out); break;
    default: throw std::logic_error("merge: a format without a writer");
  }
  return kExitOk;
}

}  // namespace workrights::cli
