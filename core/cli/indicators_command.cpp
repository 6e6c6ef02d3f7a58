// workrights indicators: the pack's population-weighted indicators (the Global Compact on Refugees' indicators on
// decent work and freedom of movement in the standard pack), in law and in practice, with their coverage.
#include "core/base/atomic_file.h"
#include "core/cli/common.h"
#include "core/cli/output_format.h"
#include "core/cli/templates_option.h"
#include "core/load/profile_loader.h"
#include "core/monitor/indicators.h"
#include "reports/assessment/json_writer.h"
#include "reports/monitoring/indicators_report.h"

namespace workrights::cli {
namespace {

/// What indicators writes; standard output gets JSON.
const FormatSet kIndicatorFormats = {OutputFormat::kJson, OutputFormat::kCsv, OutputFormat::kMarkdown,
                                     OutputFormat::kHtml, OutputFormat::kXlsx};

const char* kExample =
    "workrights indicators --out out/indicators.html   (or .json, .csv, .md, .xlsx)\n"
    "  workrights indicators --as-of 2020-01-01 --format md\n\n"
    "Each country's share comes from the rules the pack's `indicators` name (rules/standard/pack.lua); the\n"
    "figure is weighted by the people each country hosts, with the interval unknown results leave open and the\n"
    "share of those people whose country's result is known (coverage). docs/indicators.md explains it.";

}  // namespace

int RunIndicators(const std::vector<std::string>& args) {
  CommonOptions o;
  std::string group, templates_dir;
  std::vector<std::string> countries;
  FormatOptions format;
  po::options_description desc("indicators options");
  desc.add_options()("country,c", po::value(&countries)->multitoken()->value_name("ISO3"),
                     "only these countries (the weights are then theirs alone)");
  AddFormatOptions(desc, format, kIndicatorFormats);
  AddTemplatesOption(desc, templates_dir);
  AddInputOptions(desc, o);
  AddRunOptions(desc, o);
  AddGroupOption(desc, group);
  po::variables_map vm;
  int rc = ParseOrHelp(args, desc, nullptr, "workrights indicators [--as-of DATE] [--group GROUP] [--out FILE] [options]",
                       kExample, vm);
  if (rc >= 0) return rc;
  OutputFormat fmt = ChooseFormat(format, o.out, kIndicatorFormats);
  if (group == "all") {
    throw po::error("--group all would count a country once per group; indicators weight each country once: use "
                    "--group GROUP, or none for each country's primary group");
  }
  const TemplateSet templates = LoadTemplates(templates_dir);

  Dataset dataset = LoadDataset(o.data_dir.empty() ? DefaultDataDir() : o.data_dir);
  RulePack pack = LoadRulePack(o.pack_dir.empty() ? DefaultPackDir() : o.pack_dir, dataset.catalogue);
  if (pack.info.indicators.empty()) {
    ThrowInputError(SourceLocation{pack.sources.DisplayPath(pack.sources.pack_file.path), 0, 0, {}, {}},
                    "the pack defines no indicators", "add an \"indicators\" table; docs/indicators.md shows one");
  }
  AssessOptions options;
  options.countries = countries;
  options.as_of = ParseAsOf(o.as_of);
  ApplyGroup(group, dataset.catalogue, options);
  options.seed = o.seed;
  SelectCountries(dataset, countries);
  WorkerPool pool(pack, dataset.catalogue, CapWorkersForLuaMemory(ResolveThreads(o.threads), pack));
  Assessment assessment = Assess(pack, dataset, pool, options);
  IndicatorReport report = ComputeIndicators(assessment, options.group);
  switch (fmt) {
    case OutputFormat::kJson: WriteFileAtomically(o.out, JsonText(IndicatorsToJson(report))); break;
    case OutputFormat::kCsv: WriteCsv(o.out, IndicatorsCsv(report), format); break;
    case OutputFormat::kMarkdown: WriteFileAtomically(o.out, IndicatorsMarkdown(report, templates)); break;
    case OutputFormat::kHtml: WriteFileAtomically(o.out, IndicatorsHtml(report, templates)); break;
    case OutputFormat::kXlsx: WriteIndicatorsWorkbook(report, o.out); break;
    default: throw std::logic_error("indicators: a format without a writer");
  }
  Note(o, std::to_string(report.indicators.size()) + " indicators over " + std::to_string(assessment.countries.size()) +
              " countries" + (o.out == "-" ? "" : "; written to " + o.out));
  return assessment.TotalErrors() > 0 ? kExitRuleErrors : kExitOk;
}

}  // namespace workrights::cli
