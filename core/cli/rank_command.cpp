// workrights rank: priority countries, with rank intervals under Monte Carlo and weight sensitivity.
#include <filesystem>

#include "core/base/atomic_file.h"
#include "core/cli/common.h"
#include "core/cli/output_format.h"
#include "core/cli/templates_option.h"
#include "core/load/profile_loader.h"
#include "core/rank/ranker.h"
#include "core/sensitivity/rank_sensitivity.h"
#include "core/sensitivity/sensitivity_shard.h"
#include "reports/assessment/json_writer.h"
#include "reports/ranking/ranking_report.h"
#include "reports/sensitivity/sensitivity_report.h"

namespace workrights::cli {
namespace {

constexpr std::string_view kSobol = "sobol";

/// What rank writes; standard output gets JSON.
const FormatSet kRankFormats = {OutputFormat::kJson, OutputFormat::kCsv, OutputFormat::kMarkdown,
                                OutputFormat::kHtml, OutputFormat::kXlsx};
/// What rank --sensitivity writes.
const FormatSet kSensitivityFormats = {OutputFormat::kJson, OutputFormat::kCsv, OutputFormat::kMarkdown,
                                       OutputFormat::kHtml};
/// With --draw-range: a shard for `workrights merge` only.
const FormatSet kShardFormats = {OutputFormat::kShard};

std::pair<size_t, size_t> ParseSampleRange(const std::string& text, size_t samples) {
  const size_t colon = text.find(':');
  try {
    if (colon == std::string::npos) throw std::invalid_argument("no colon");
    const size_t a = std::stoul(text.substr(0, colon)), b = std::stoul(text.substr(colon + 1));
    if (a >= b || b > samples) throw std::out_of_range("range");
    return {a, b};
  } catch (const std::logic_error&) {
    throw po::error("--draw-range '" + text + "' must be A:B with 0 <= A < B <= --samples (" + std::to_string(samples) + ")");
  }
}

// One shard of the analysis: the runs of base samples [first, last), for `workrights merge`.
void WriteSensitivityShard(const RulePack& pack, const Dataset& dataset, const Ranking& ranking, WorkerPool& pool,
                           const SobolOptions& sobol, std::pair<size_t, size_t> range, const CommonOptions& o) {
  const RankSensitivityPlan plan = PlanRankSensitivity(pack, dataset, ranking, pool, sobol);
  const RankRuns runs = RunRankSensitivity(pack, plan, range.first, range.second, pool);
  WriteFileAtomically(o.out, EncodeSensitivityShard(plan, runs, range.first));
  Note(o, "samples " + std::to_string(range.first) + " to " + std::to_string(range.second - 1) + " of " +
              std::to_string(sobol.samples) + " (" + std::to_string(runs.rows) + " runs); shard written to " + o.out);
}

void WriteSensitivity(const SobolSensitivity& s, const RulePack& pack, const Dataset& dataset, OutputFormat fmt,
                      const FormatOptions& format, const TemplateSet& templates, const CommonOptions& o) {
  switch (fmt) {
    case OutputFormat::kJson: WriteFileAtomically(o.out, JsonText(SensitivityToJson(s, pack.info, dataset))); break;
    case OutputFormat::kCsv: WriteCsv(o.out, SensitivityCsv(s), format); break;
    case OutputFormat::kMarkdown: WriteFileAtomically(o.out, SensitivityMarkdown(s, pack.info, templates)); break;
    case OutputFormat::kHtml: WriteFileAtomically(o.out, SensitivityHtml(s, pack.info, dataset, templates)); break;
    default: throw std::logic_error("rank --sensitivity: a format without a writer");
  }
  Note(o, "sensitivity of the top " + std::to_string(s.top) + " to " + std::to_string(s.inputs.size()) +
              " inputs over " + std::to_string(s.runs) + " runs" + (o.out == "-" ? "" : "; written to " + o.out));
}

}  // namespace

int RunRank(const std::vector<std::string>& args) {
  CommonOptions o;
  std::string scenario_ref, scenarios_dir, group, sensitivity, unknowns, draw_range, templates_dir;
  FormatOptions format;
  RankOptions options;
  SobolOptions sobol;
  int samples = 1024, bootstrap = 200;  // int: Boost reads "-5" into an unsigned as a huge number
  po::options_description desc("rank options");
  desc.add_options()
      ("scenario", po::value(&scenario_ref)->value_name("SCENARIO"), "rank under a scenario (file or id); default: the baseline")
      ("draws,n", po::value(&options.draws)->value_name("N"), "Monte Carlo draws for rank intervals and P(top K)")
      ("top,k", po::value(&options.top)->value_name("K"), "size of the top group (default 10)")
      ("scenarios", po::value(&scenarios_dir)->value_name("DIR"), "folder of scenarios (default: the shipped scenarios/)")
      ("sensitivity", po::value(&sensitivity)->value_name("sobol"), "variance-based sensitivity of the ranking: Sobol' indices of each input (docs/methodology.md)")
      ("samples", po::value(&samples)->value_name("N"), "with --sensitivity: base samples, best a power of two (default 1024); the model runs N x (inputs + 2) times")
      ("bootstrap", po::value(&bootstrap)->value_name("R"), "with --sensitivity: bootstrap resamples for the 95% intervals (default 200)")
      ("draw-range", po::value(&draw_range)->value_name("A:B"), "with --sensitivity: run only base samples A to B-1 and write a shard for `workrights merge`")
      ("unknowns", po::value(&unknowns)->value_name("per-country|grouped|off"), "with --sensitivity: each country's unknown facts as an input (per-country, the default: one group per country with a score interval), all of them as one group (grouped), or at the middle of their bounds (off)");
  AddFormatOptions(desc, format, kRankFormats);
  AddTemplatesOption(desc, templates_dir);
  AddInputOptions(desc, o);
  AddRunOptions(desc, o);
  AddMemoryOption(desc, options.memory_limit_gib);
  AddGroupOption(desc, group);
  po::variables_map vm;
  int rc = ParseOrHelp(args, desc, nullptr, "workrights rank [--scenario S] [--draws N] [--seed S] [--top K] [--out FILE]",
                       "workrights rank --draws 2000 --seed 1 --top 5 --out out/ranking.md\n  workrights rank --sensitivity sobol --samples 1024 --seed 1 --top 5 --out out/sensitivity.html", vm);
  if (rc >= 0) return rc;
  if (options.top < 1) throw po::error("--top must be at least 1");
  if (options.draws < 0) throw po::error("--draws must be 0 or more");
  CheckMemoryOption(options.memory_limit_gib);
  if (!sensitivity.empty() && sensitivity != kSobol) throw po::error("--sensitivity must be sobol, not '" + sensitivity + "'");
  if (!sensitivity.empty() && options.draws > 0) throw po::error("--draws does not apply with --sensitivity: the samples are --samples");
  if (samples < 2) throw po::error("--samples must be at least 2");
  if (bootstrap < 0) throw po::error("--bootstrap must be 0 or more");
  if (!unknowns.empty()) {
    if (sensitivity.empty()) throw po::error("--unknowns applies only with --sensitivity sobol");
    const std::optional<UnknownsMode> mode = ParseUnknownsMode(unknowns);
    if (!mode) throw po::error("--unknowns must be per-country, grouped or off, not '" + unknowns + "'");
    sobol.unknowns = *mode;
  }
  sobol.samples = static_cast<size_t>(samples);
  std::optional<std::pair<size_t, size_t>> range;
  if (!draw_range.empty()) {
    if (sensitivity.empty()) throw po::error("--draw-range applies only with --sensitivity sobol (rank's own draws are not sharded)");
    if (!format.format.empty()) throw po::error("--draw-range writes a shard for `workrights merge`: leave out --format");
    range = ParseSampleRange(draw_range, sobol.samples);
  }
  sobol.bootstrap = static_cast<size_t>(bootstrap);
  if (!o.as_of.empty() && !scenario_ref.empty()) throw po::error("--as-of does not apply with --scenario: the scenario sets its own as_of");
  options.as_of = ParseAsOf(o.as_of);
  OutputFormat fmt = ChooseFormat(format, o.out, range ? kShardFormats : sensitivity.empty() ? kRankFormats : kSensitivityFormats);
  options.seed = o.seed;
  const TemplateSet templates = LoadTemplates(templates_dir);

  Dataset dataset = LoadDataset(o.data_dir.empty() ? DefaultDataDir() : o.data_dir);
  RulePack pack = LoadRulePack(o.pack_dir.empty() ? DefaultPackDir() : o.pack_dir, dataset.catalogue);
  options.group = ParseSingleGroup(group, dataset.catalogue);
  std::optional<Scenario> scenario;
  if (!scenario_ref.empty()) {
    if (scenarios_dir.empty()) scenarios_dir = (std::filesystem::path(HomeDir()) / "scenarios").string();
    scenario = LoadScenario(scenario_ref, scenarios_dir, dataset, pack.info);
  }
  WorkerPool pool(pack, dataset.catalogue,
                  CapWorkersForLuaMemory(ResolveThreads(o.threads), pack, options.memory_limit_gib));
  Ranking ranking = Rank(pack, dataset, scenario ? &*scenario : nullptr, pool, options);
  if (!sensitivity.empty()) {
    sobol.seed = o.seed;
    sobol.memory_limit_gib = options.memory_limit_gib;
    if (range) {
      WriteSensitivityShard(pack, dataset, ranking, pool, sobol, *range, o);
      return kExitOk;
    }
    WriteSensitivity(RankSensitivity(pack, dataset, ranking, pool, sobol), pack, dataset, fmt, format, templates, o);
    return kExitOk;
  }
  switch (fmt) {
    case OutputFormat::kJson: WriteFileAtomically(o.out, JsonText(RankingToJson(ranking, pack.info, dataset))); break;
    case OutputFormat::kCsv: WriteCsv(o.out, RankingCsv(ranking), format); break;
    case OutputFormat::kMarkdown: WriteFileAtomically(o.out, RankingMarkdown(ranking, pack.info, dataset, templates)); break;
    case OutputFormat::kHtml: WriteFileAtomically(o.out, RankingHtml(ranking, pack.info, dataset, templates)); break;
    case OutputFormat::kXlsx: WriteRankingWorkbook(ranking, o.out); break;
    default: throw std::logic_error("rank: a format without a writer");
  }
  Note(o, "ranked " + std::to_string(ranking.countries.size()) + " countries; top " + std::to_string(options.top) + ": " +
              [&] {
                std::string s;
                for (const auto& c : ranking.top) s += (s.empty() ? "" : ", ") + c;
                return s;
              }() + (o.out == "-" ? "" : "; written to " + o.out));
  return kExitOk;
}

}  // namespace workrights::cli
