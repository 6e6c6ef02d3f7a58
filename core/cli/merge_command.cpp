// workrights merge SHARD...: join the shards of a Monte Carlo run into the result of one run of all draws.
#include <filesystem>

#include "core/base/atomic_file.h"
#include "core/cli/common.h"
#include "core/cli/output_format.h"
#include "core/base/json_reader.h"
#include "core/load/profile_loader.h"
#include "core/simulate/scenario.h"
#include "core/simulate/shard_merge.h"
#include "reports/assessment/json_writer.h"
#include "reports/simulation/simulation_json.h"
#include "reports/simulation/simulation_report.h"

namespace workrights::cli {

// Every shard is read and verified before any is trusted, and every bad one is reported.
static std::vector<Shard> ReadShards(const std::vector<std::string>& files) {
  Diagnostics diags;
  std::vector<Shard> shards;
  for (const auto& f : files) {
    try {
      if (auto shard = DecodeShard(ReadTextFile(f, size_t{4} << 30, InputKind::kFileOrStream), f, diags)) shards.push_back(std::move(*shard));
    } catch (const InputError& e) {
      for (const auto& d : e.diagnostics()) diags.Add(d);
    }
  }
  diags.ThrowIfAny();
  return shards;
}

/// What merge writes: what simulate writes without --draw-range; standard output gets JSON.
static const FormatSet kMergeFormats = {OutputFormat::kJson, OutputFormat::kCsv, OutputFormat::kMarkdown,
                                        OutputFormat::kHtml, OutputFormat::kXlsx};

int RunMerge(const std::vector<std::string>& args) {
  CommonOptions o;
  std::vector<std::string> files;
  std::string scenario_ref, scenarios_dir;
  FormatOptions format;
  po::options_description desc("merge options");
  desc.add_options()
      ("shard", po::value(&files)->required()->multitoken()->value_name("FILE"), "shards written by simulate --draw-range")
      ("scenario", po::value(&scenario_ref)->value_name("SCENARIO"), "the scenario (default: the id recorded in the shards)")
      ("scenarios", po::value(&scenarios_dir)->value_name("DIR"), "folder of scenarios (default: the shipped scenarios/)");
  AddFormatOptions(desc, format, kMergeFormats);
  AddInputOptions(desc, o);
  desc.add_options()("out,o", po::value(&o.out)->value_name("FILE"), "where to write the result (default: standard output)");
  po::positional_options_description pos;
  pos.add("shard", -1);
  po::variables_map vm;
  int rc = ParseOrHelp(args, desc, &pos, "workrights merge SHARD... [--out FILE]",
                       "workrights merge out/shard-*.bin --out out/simulation.json", vm);
  if (rc >= 0) return rc;
  OutputFormat fmt = ChooseFormat(format, o.out, kMergeFormats);

  std::vector<Shard> shards = ReadShards(files);
  if (scenario_ref.empty()) {
    scenario_ref = shards[0].header.scenario;
    // A shard names its scenario by id; a path there would make merge read a file the shard chose.
    if (scenario_ref.find('/') != std::string::npos || scenario_ref.ends_with(".json")) {
      ThrowInputError(SourceLocation{files[0], 0, 0, {}, {}}, "the shard names scenario \"" + scenario_ref +
                      "\", which is not an id", "give the scenario with --scenario FILE");
    }
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
    case OutputFormat::kMarkdown: WriteFileAtomically(o.out, SimulationMarkdown(result)); break;
    case OutputFormat::kHtml: WriteFileAtomically(o.out, SimulationHtml(result)); break;
    case OutputFormat::kXlsx: WriteSimulationWorkbook(result, o.out); break;
    default: throw std::logic_error("merge: a format without a writer");
  }
  return kExitOk;
}

}  // namespace workrights::cli
