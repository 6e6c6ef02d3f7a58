// workrights simulate SCENARIO: baseline and scenario side by side, deterministic or Monte Carlo; with
// --draw-range A:B, one shard of a larger run (joined later by `workrights merge`).
#include <filesystem>
#include <iostream>

#include "core/base/atomic_file.h"
#include "core/cli/common.h"
#include "core/cli/progress_bar.h"
#include "core/cli/templates_option.h"
#include "core/load/profile_loader.h"
#include "core/sensitivity/simulation_sensitivity.h"
#include "core/simulate/scenario.h"
#include "core/simulate/simulation_shard.h"
#include "core/simulate/simulator.h"
#include "reports/assessment/json_writer.h"
#include "core/cli/output_format.h"
#include "reports/sensitivity/simulation_sensitivity_report.h"
#include "reports/simulation/simulation_json.h"
#include "reports/simulation/simulation_report.h"

namespace workrights::cli {

/// What simulate (and merge) write; standard output gets JSON. With --draw-range, a shard (.bin) only.
static const FormatSet kSimulationFormats = {OutputFormat::kJson, OutputFormat::kCsv, OutputFormat::kMarkdown,
                                      OutputFormat::kHtml, OutputFormat::kXlsx};
static const FormatSet kShardFormats = {OutputFormat::kShard};
/// What simulate --sensitivity writes.
static const FormatSet kSensitivityFormats = {OutputFormat::kJson, OutputFormat::kCsv, OutputFormat::kMarkdown,
                                              OutputFormat::kHtml};

static void WriteSensitivity(const SimulationSensitivity& s, const RulePack& pack, const Dataset& dataset,
                             OutputFormat fmt, const FormatOptions& format, const TemplateSet& templates,
                             const CommonOptions& o) {
  switch (fmt) {
    case OutputFormat::kJson: WriteFileAtomically(o.out, JsonText(SimulationSensitivityToJson(s, pack.info, dataset))); break;
    case OutputFormat::kCsv: WriteCsv(o.out, SimulationSensitivityCsv(s), format); break;
    case OutputFormat::kMarkdown: WriteFileAtomically(o.out, SimulationSensitivityMarkdown(s, pack.info, templates)); break;
    case OutputFormat::kHtml: WriteFileAtomically(o.out, SimulationSensitivityHtml(s, pack.info, dataset, templates)); break;
    default: throw std::logic_error("simulate --sensitivity: a format without a writer");
  }
  Note(o, "sensitivity of scenario " + s.scenario->id + " to " + std::to_string(s.inputs.size()) + " inputs over " +
              std::to_string(s.runs) + " runs" + (o.out == "-" ? "" : "; written to " + o.out));
}

static std::pair<size_t, size_t> ParseDrawRange(const std::string& text, int draws) {
  size_t colon = text.find(':');
  try {
    if (colon == std::string::npos) throw std::invalid_argument("no colon");
    size_t a = std::stoul(text.substr(0, colon)), b = std::stoul(text.substr(colon + 1));
    if (a >= b || b > static_cast<size_t>(draws)) throw std::out_of_range("range");
    return {a, b};
  } catch (const std::logic_error&) {
    throw po::error("--draw-range '" + text + "' must be A:B with 0 <= A < B <= --draws (" + std::to_string(draws) + ")");
  }
}

int RunSimulate(const std::vector<std::string>& args) {
  CommonOptions o;
  std::string scenario_ref, scenarios_dir, draw_range, sensitivity, templates_dir;
  FormatOptions format;
  int draws = 0;
  int samples = 1024, bootstrap = 200;  // int: Boost reads "-5" into an unsigned as a huge number
  double max_memory = kDefaultMemoryLimitGiB;
  po::options_description desc("simulate options");
  desc.add_options()
      ("scenario", po::value(&scenario_ref)->required()->value_name("SCENARIO"), "scenario file, or id from the scenarios folder")
      ("draws,n", po::value(&draws)->value_name("N"), "Monte Carlo draws (default: one deterministic run with every pledge implemented)")
      ("draw-range", po::value(&draw_range)->value_name("A:B"), "run only draws A to B-1 and write a shard for `workrights merge`")
      ("scenarios", po::value(&scenarios_dir)->value_name("DIR"), "folder of scenarios for ids and \"extends\" (default: the shipped scenarios/)")
      ("sensitivity", po::value(&sensitivity)->value_name("sobol"), "variance-based sensitivity of each country's score and of the scenario's effect: Sobol' indices of each pledge, uncertain fact and weight (docs/methodology.md)")
      ("samples", po::value(&samples)->value_name("N"), "with --sensitivity: base samples, best a power of two (default 1024); the model runs N x (inputs + 2) times")
      ("bootstrap", po::value(&bootstrap)->value_name("R"), "with --sensitivity: bootstrap resamples for the 95% intervals (default 200)");
  AddFormatOptions(desc, format, kSimulationFormats);
  AddTemplatesOption(desc, templates_dir);
  AddInputOptions(desc, o);
  AddRunOptions(desc, o);
  AddMemoryOption(desc, max_memory);
  po::positional_options_description pos;
  pos.add("scenario", 1);
  po::variables_map vm;
  int rc = ParseOrHelp(args, desc, &pos, "workrights simulate SCENARIO [--draws N] [--seed S] [--threads T] [--out FILE]",
                       "workrights simulate guiding-principles-full --draws 10000 --seed 1 --out out/simulation.json\n  workrights simulate guiding-principles-full --sensitivity sobol --samples 1024 --seed 1 --out out/sensitivity.html", vm);
  if (rc >= 0) return rc;
  if (draws < 0) throw po::error("--draws must be 0 or more");
  CheckMemoryOption(max_memory);
  if (!o.as_of.empty()) throw po::error("--as-of does not apply: a scenario sets its own as_of date");
  if (!draw_range.empty() && !format.format.empty()) throw po::error("--draw-range writes a shard for `workrights merge`: leave out --format");
  if (!sensitivity.empty() && sensitivity != "sobol") throw po::error("--sensitivity must be sobol, not '" + sensitivity + "'");
  if (!sensitivity.empty() && draws > 0) throw po::error("--draws does not apply with --sensitivity: the samples are --samples");
  if (!sensitivity.empty() && !draw_range.empty()) throw po::error("--draw-range does not apply with simulate --sensitivity (shard rank --sensitivity instead)");
  if (sensitivity.empty() && (vm.count("samples") || vm.count("bootstrap"))) throw po::error("--samples and --bootstrap apply only with --sensitivity sobol");
  if (samples < 2) throw po::error("--samples must be at least 2");
  if (bootstrap < 0) throw po::error("--bootstrap must be 0 or more");
  OutputFormat fmt = ChooseFormat(format, o.out, !sensitivity.empty() ? kSensitivityFormats
                                                 : draw_range.empty() ? kSimulationFormats : kShardFormats);
  const TemplateSet templates = LoadTemplates(templates_dir);
  SimulationOptions options;
  options.draws = draws;
  options.seed = o.seed;
  options.memory_limit_gib = max_memory;
  if (!draw_range.empty()) {
    if (draws == 0) throw po::error("--draw-range needs --draws (the size of the whole run)");
    auto [a, b] = ParseDrawRange(draw_range, draws);
    options.first_draw = a;
    options.draw_count = b - a;
    options.keep_runs = true;  // a shard carries every run, for an exact merge
  }

  Dataset dataset = LoadDataset(o.data_dir.empty() ? DefaultDataDir() : o.data_dir);
  RulePack pack = LoadRulePack(o.pack_dir.empty() ? DefaultPackDir() : o.pack_dir, dataset.catalogue);
  if (scenarios_dir.empty()) scenarios_dir = (std::filesystem::path(HomeDir()) / "scenarios").string();
  Scenario scenario = LoadScenario(scenario_ref, scenarios_dir, dataset, pack.info);
  WorkerPool pool(pack, dataset.catalogue, CapWorkersForLuaMemory(ResolveThreads(o.threads), pack, max_memory));
  if (!sensitivity.empty()) {
    SobolOptions sobol;
    sobol.samples = static_cast<size_t>(samples);
    sobol.bootstrap = static_cast<size_t>(bootstrap);
    sobol.seed = o.seed;
    sobol.memory_limit_gib = max_memory;
    WriteSensitivity(SimulateSensitivity(pack, dataset, scenario, pool, sobol), pack, dataset, fmt, format, templates, o);
    return kExitOk;
  }
  SimulationResult result;
  {
    ProgressBar bar("draws", draws > 0 && !o.quiet);
    options.progress = [&bar](size_t done, size_t total) { bar.Update(done, total); };
    result = Simulate(pack, dataset, scenario, pool, options);
  }
  if (options.draw_count) {
    WriteFileAtomically(o.out, EncodeShard(result, options.first_draw, static_cast<size_t>(draws)));
  } else if (fmt == OutputFormat::kJson) {
    WriteFileAtomically(o.out, JsonText(SimulationToJson(result)));
  } else if (fmt == OutputFormat::kCsv) {
    WriteCsv(o.out, SimulationCsv(result), format);
  } else if (fmt == OutputFormat::kMarkdown) {
    WriteFileAtomically(o.out, SimulationMarkdown(result, templates));
  } else if (fmt == OutputFormat::kXlsx) {
    WriteSimulationWorkbook(result, o.out);
  } else {
    WriteFileAtomically(o.out, SimulationHtml(result, templates));
  }
  Note(o, "simulated scenario " + scenario.id + " (" +
              (draws ? std::to_string(result.runs) + " draws, seed " + std::to_string(o.seed) : std::string("deterministic")) +
              "): " + std::to_string(result.evaluations) + " rule evaluations, " +
              std::to_string(result.SkippedEvaluations()) + " skipped by incremental evaluation" +
              (o.out == "-" ? "" : "; written to " + o.out));
  return kExitOk;
}

}  // namespace workrights::cli
