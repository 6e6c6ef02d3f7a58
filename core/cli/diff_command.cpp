// workrights diff: what changed between two dates, or between two data folders (two revisions of the data).
#include <iostream>

#include "core/assess/evaluator.h"
#include "core/base/atomic_file.h"
#include "core/cli/common.h"
#include "core/cli/output_format.h"
#include "core/cli/templates_option.h"
#include "core/load/profile_loader.h"
#include "core/monitor/assessment_diff.h"
#include "reports/assessment/json_writer.h"
#include "reports/monitoring/diff_report.h"
#include "reports/monitoring/diff_workbook.h"

namespace workrights::cli {
namespace {

/// One side of the comparison: its data, pack, worker pool and assessment, kept alive together.
struct DiffSide {
  Dataset dataset;
  RulePack pack;
  std::unique_ptr<WorkerPool> pool;
  Assessment assessment;
};

void LoadSide(DiffSide& side, const std::string& data_dir, const std::string& pack_dir, int threads) {
  side.dataset = LoadDataset(data_dir);
  side.pack = LoadRulePack(pack_dir, side.dataset.catalogue);
  side.pool = std::make_unique<WorkerPool>(side.pack, side.dataset.catalogue, CapWorkersForLuaMemory(threads, side.pack));
}

/// Assesses the chosen countries; with a country filter that matches none here, an assessment of none (an empty
/// list would mean every country).
void AssessSide(DiffSide& side, const AssessOptions& options, bool filtered) {
  if (filtered && options.countries.empty()) {
    side.assessment.pack = &side.pack.info;
    side.assessment.dataset = &side.dataset;
    side.assessment.as_of = options.as_of;
    return;
  }
  side.assessment = Assess(side.pack, side.dataset, *side.pool, options);
}

std::vector<std::string> UpperCase(std::vector<std::string> codes) {
  for (auto& code : codes) {
    for (auto& ch : code) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  }
  return codes;
}

/// The countries asked for that at least one side has (a country added or removed is part of the answer).
std::vector<std::string> CountriesOn(const Dataset& dataset, const std::vector<std::string>& wanted) {
  std::vector<std::string> out;
  for (const auto& code : wanted) {
    for (const auto& c : dataset.countries) {
      if (c.iso3 == code) out.push_back(code);
    }
  }
  return out;
}

/// What diff writes; standard output gets JSON.
const FormatSet kDiffFormats = {OutputFormat::kJson, OutputFormat::kCsv, OutputFormat::kMarkdown, OutputFormat::kHtml,
                                 OutputFormat::kXlsx};

}  // namespace

int RunDiff(const std::vector<std::string>& args) {
  CommonOptions o;
  std::string from, to, from_data, to_data, templates_dir;
  FormatOptions format;
  std::vector<std::string> countries;
  bool exit_code = false;
  po::options_description desc("diff options");
  desc.add_options()
      ("from", po::value(&from)->value_name("DATE"), "the earlier date (YYYY-MM-DD; default: today)")
      ("to", po::value(&to)->value_name("DATE"), "the later date (YYYY-MM-DD; default: today)")
      ("from-data", po::value(&from_data)->value_name("DIR"), "the earlier data folder (default: --data)")
      ("to-data", po::value(&to_data)->value_name("DIR"), "the later data folder (default: --data)")
      ("country,c", po::value(&countries)->multitoken()->value_name("ISO3"), "compare only these countries")
      ("exit-code", po::bool_switch(&exit_code), "exit 0 when nothing changed and 5 when something did");
  AddFormatOptions(desc, format, kDiffFormats);
  AddTemplatesOption(desc, templates_dir);
  AddInputOptions(desc, o);
  AddOutputOptions(desc, o);
  po::variables_map vm;
  int rc = ParseOrHelp(args, desc, nullptr, "workrights diff --from DATE [--to DATE] | --from-data DIR [--to-data DIR] [options]",
                       "workrights diff --from 2016-01-01 --to 2026-11-30 --country JOR --out out/jordan-changes.md", vm);
  if (rc >= 0) return rc;
  if (from.empty() && from_data.empty()) throw po::error("say what to compare: --from DATE, --from-data DIR, or both");
  OutputFormat fmt = ChooseFormat(format, o.out, kDiffFormats);
  const TemplateSet templates = LoadTemplates(templates_dir);
  const std::string data = o.data_dir.empty() ? DefaultDataDir() : o.data_dir;
  const std::string pack = o.pack_dir.empty() ? DefaultPackDir() : o.pack_dir;
  AssessOptions before_options, after_options;
  before_options.as_of = ParseAsOf(from);
  after_options.as_of = ParseAsOf(to);
  if (*before_options.as_of > *after_options.as_of) throw po::error("--from " + from + " is after --to " + after_options.as_of->ToString());

  DiffSide before, after;
  const int threads = ResolveThreads(o.threads);
  LoadSide(before, from_data.empty() ? data : from_data, pack, threads);
  LoadSide(after, to_data.empty() ? data : to_data, pack, threads);
  std::vector<std::string> wanted = UpperCase(countries);
  if (!wanted.empty()) {
    // A code on neither side is a typo (with a suggestion); on one side only, it is an added or removed country.
    before_options.countries = CountriesOn(before.dataset, wanted);
    after_options.countries = CountriesOn(after.dataset, wanted);
    if (before_options.countries.size() < wanted.size() && after_options.countries.size() < wanted.size()) {
      SelectCountries(after.dataset, wanted);
    }
  }
  AssessSide(before, before_options, !wanted.empty());
  AssessSide(after, after_options, !wanted.empty());
  AssessmentDiff diff = DiffAssessments(before.assessment, after.assessment);
  switch (fmt) {
    case OutputFormat::kJson: WriteFileAtomically(o.out, JsonText(DiffToJson(diff))); break;
    case OutputFormat::kCsv: WriteCsv(o.out, DiffCsv(diff), format); break;
    case OutputFormat::kMarkdown: WriteFileAtomically(o.out, DiffMarkdown(diff, templates)); break;
    case OutputFormat::kHtml: WriteFileAtomically(o.out, DiffHtml(diff, templates)); break;
    case OutputFormat::kXlsx: WriteDiffWorkbook(diff, o.out); break;
    default: throw std::logic_error("diff: a format without a writer");
  }
  Note(o, diff.Empty() ? "no change between " + DiffSideText(before.assessment, after.assessment) + " and " +
                             DiffSideText(after.assessment, before.assessment)
                       : std::to_string(diff.countries.size()) + " of " + std::to_string(after.assessment.countries.size()) +
                             " countries changed" + (o.out == "-" ? "" : "; written to " + o.out));
  return exit_code && !diff.Empty() ? kExitChanged : kExitOk;
}

}  // namespace workrights::cli
