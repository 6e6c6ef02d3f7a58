// workrights assess: evaluate the rule pack over the profiles and write the assessment.
#include <iostream>

#include "core/base/atomic_file.h"
#include "core/cli/common.h"
#include "core/assess/evaluator.h"
#include "core/load/profile_loader.h"
#include "core/cli/output_format.h"
#include "core/cli/templates_option.h"
#include "reports/assessment/assessment_report.h"
#include "reports/assessment/assessment_workbook.h"
#include "reports/assessment/headline_table.h"
#include "reports/assessment/json_writer.h"

namespace workrights::cli {

/// What assess writes; standard output gets JSON.
static const FormatSet kAssessFormats = {OutputFormat::kJson, OutputFormat::kCsv, OutputFormat::kMarkdown,
                                         OutputFormat::kHtml, OutputFormat::kXlsx};

int RunAssess(const std::vector<std::string>& args) {
  CommonOptions o;
  std::string group;
  std::vector<std::string> countries;
  FormatOptions format;
  std::string table;
  std::string templates_dir;
  po::options_description desc("assess options");
  desc.add_options()("country,c", po::value(&countries)->multitoken()->value_name("ISO3"),
                     "assess only these countries (ISO 3166 alpha-3 codes, e.g. JOR TUR)");
  AddFormatOptions(desc, format, kAssessFormats);
  desc.add_options()("table", po::value(&table)->value_name("TABLE"),
                     "which table a CSV holds: rules (default: one row per country and rule) or headline (one row per "
                     "country: scores with their intervals, coverage, rank)");
  AddTemplatesOption(desc, templates_dir);
  AddInputOptions(desc, o);
  AddRunOptions(desc, o);
  AddGroupOption(desc, group);
  po::variables_map vm;
  int rc = ParseOrHelp(args, desc, nullptr, "workrights assess [--country ISO3...] [--out FILE] [options]",
                       "workrights assess --out out/assessment.html   (or .json, .csv, .md)", vm);
  if (rc >= 0) return rc;
  OutputFormat fmt = ChooseFormat(format, o.out, kAssessFormats);
  if (!table.empty() && table != "rules" && table != "headline") {
    throw po::error("unknown --table '" + table + "'; use rules or headline");
  }
  if (!table.empty() && fmt != OutputFormat::kCsv) throw po::error("--table applies to CSV output only");
  const TemplateSet templates = LoadTemplates(templates_dir);

  Dataset dataset = LoadDataset(o.data_dir.empty() ? DefaultDataDir() : o.data_dir);
  RulePack pack = LoadRulePack(o.pack_dir.empty() ? DefaultPackDir() : o.pack_dir, dataset.catalogue);
  AssessOptions options;
  options.countries = countries;
  options.as_of = ParseAsOf(o.as_of);
  ApplyGroup(group, dataset.catalogue, options);
  options.seed = o.seed;
  SelectCountries(dataset, countries);  // fail on unknown codes before starting workers
  WorkerPool pool(pack, dataset.catalogue, CapWorkersForLuaMemory(ResolveThreads(o.threads), pack));
  Assessment assessment = Assess(pack, dataset, pool, options);
  switch (fmt) {
    case OutputFormat::kJson: WriteFileAtomically(o.out, JsonText(AssessmentToJson(assessment))); break;
    case OutputFormat::kCsv:
      WriteCsv(o.out, table == "headline" ? AssessmentHeadlineCsv(assessment) : AssessmentCsv(assessment), format);
      break;
    case OutputFormat::kMarkdown: WriteFileAtomically(o.out, AssessmentMarkdown(assessment, templates)); break;
    case OutputFormat::kHtml: WriteFileAtomically(o.out, AssessmentHtml(assessment, templates)); break;
    case OutputFormat::kXlsx: WriteAssessmentWorkbook(assessment, o.out); break;
    default: throw std::logic_error("assess: a format without a writer");
  }

  int ok = 0, unknown = 0, errors = 0;
  for (const auto& c : assessment.countries) {
    ok += c.rules_ok;
    unknown += c.rules_unknown;
    errors += c.rules_error;
  }
  size_t n = assessment.countries.size();
  Note(o, "assessed " + std::to_string(n) + (n == 1 ? " country" : " countries") + " with " +
              std::to_string(pack.info.rules.size()) + " rules (pack " + pack.info.name + " " + pack.info.version +
              "): " + std::to_string(ok) + " known, " + std::to_string(unknown) + " unknown, " +
              std::to_string(errors) + " errors" + (o.out == "-" ? "" : "; written to " + o.out));
  if (errors > 0) {
    for (const auto& c : assessment.countries) {
      for (size_t r = 0; r < c.results.size(); ++r) {
        if (c.results[r].status == RuleStatus::kError) {
          // The full path, so the file can be opened from the message; outputs keep pack-relative paths.
          std::cerr << "rule error: " << c.profile->iso3 << ": rule '" << pack.info.rules[r].id << "': "
                    << pack.sources.dir << "/" << c.results[r].error << "\n";
        }
      }
    }
    return kExitRuleErrors;
  }
  return kExitOk;
}

}  // namespace workrights::cli
