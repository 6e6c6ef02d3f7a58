// workrights plan COUNTRY... | --top K: joint advocacy plans, as JSON or Markdown.
#include "core/rank/advocacy_plan.h"
#include "core/base/atomic_file.h"
#include "core/cli/common.h"
#include "core/cli/output_format.h"
#include "core/cli/templates_option.h"
#include "core/assess/evaluator.h"
#include "core/load/profile_loader.h"
#include "core/rank/ranker.h"
#include "reports/assessment/json_writer.h"
#include "reports/format/pandoc.h"
#include "reports/ranking/plan_report.h"

namespace workrights::cli {

/// What plan writes; standard output gets JSON.
static const FormatSet kPlanFormats = {OutputFormat::kJson, OutputFormat::kCsv, OutputFormat::kMarkdown,
                                       OutputFormat::kHtml, OutputFormat::kDocx,
                                       OutputFormat::kXlsx};

int RunPlan(const std::vector<std::string>& args) {
  CommonOptions o;
  std::string group;
  std::vector<std::string> countries;
  int top = 0;
  int gaps = 6;
  std::string templates_dir;
  FormatOptions format;
  po::options_description desc("plan options");
  desc.add_options()
      ("country", po::value(&countries)->multitoken()->value_name("ISO3"), "the countries to plan for")
      ("top,k", po::value(&top)->value_name("K"), "plan for the top K priority countries (workrights rank)")
      ("gaps", po::value(&gaps)->value_name("N"), "largest gaps per country (default 6)");
  AddFormatOptions(desc, format, kPlanFormats);
  AddTemplatesOption(desc, templates_dir);
  AddInputOptions(desc, o);
  AddRunOptions(desc, o);
  AddGroupOption(desc, group);
  po::positional_options_description pos;
  pos.add("country", -1);
  po::variables_map vm;
  int rc = ParseOrHelp(args, desc, &pos, "workrights plan COUNTRY... | --top K [--gaps N] [--out FILE]",
                       "workrights plan JOR --out out/plan-JOR.md", vm);
  if (rc >= 0) return rc;
  if (countries.empty() && top == 0) throw po::error("name a COUNTRY or give --top K");
  if (!countries.empty() && top != 0) throw po::error("give countries or --top, not both");
  if (vm.count("top") && top < 1) throw po::error("--top must be at least 1");
  if (gaps < 1) throw po::error("--gaps must be at least 1");
  OutputFormat fmt = ChooseFormat(format, o.out, kPlanFormats);
  const TemplateSet templates = LoadTemplates(templates_dir);

  Dataset dataset = LoadDataset(o.data_dir.empty() ? DefaultDataDir() : o.data_dir);
  RulePack pack = LoadRulePack(o.pack_dir.empty() ? DefaultPackDir() : o.pack_dir, dataset.catalogue);
  WorkerPool pool(pack, dataset.catalogue, CapWorkersForLuaMemory(ResolveThreads(o.threads), pack));
  if (top > 0) {
    RankOptions ro;
    ro.top = top;
    ro.as_of = ParseAsOf(o.as_of);
    countries = Rank(pack, dataset, nullptr, pool, ro).top;
  }
  AssessOptions options;
  options.countries = countries;
  options.as_of = ParseAsOf(o.as_of);
  ApplyGroup(group, dataset.catalogue, options);
  options.seed = o.seed;
  Assessment a = Assess(pack, dataset, pool, options);
  // Keep the order asked for (or the ranking's), not the alphabetical order of the assessment.
  std::vector<CountryPlan> all = BuildPlans(a, static_cast<size_t>(gaps)), plans;
  for (const auto& code : countries) {
    for (const auto& p : all) {
      if (p.country->profile->iso3 == code || (code.size() == 3 && p.country->profile->iso3 == std::string{
          static_cast<char>(std::toupper(code[0])), static_cast<char>(std::toupper(code[1])), static_cast<char>(std::toupper(code[2]))})) {
        plans.push_back(p);
      }
    }
  }
  switch (fmt) {
    case OutputFormat::kJson: WriteFileAtomically(o.out, JsonText(PlansToJson(plans, a))); break;
    case OutputFormat::kCsv: WriteCsv(o.out, PlansCsv(plans, a), format); break;
    case OutputFormat::kMarkdown: WriteFileAtomically(o.out, PlansMarkdown(plans, a, templates)); break;
    case OutputFormat::kHtml: WriteFileAtomically(o.out, PlansHtml(plans, a, templates)); break;
    case OutputFormat::kDocx: WriteDocx(o.out, PlansMarkdown(plans, a, templates), a.as_of); break;
    case OutputFormat::kXlsx: WritePlansWorkbook(plans, a, o.out); break;
    default: throw std::logic_error("plan: a format without a writer");
  }
  Note(o, "wrote " + std::to_string(plans.size()) + " plan(s)" + (o.out == "-" ? "" : " to " + o.out));
  return kExitOk;
}

}  // namespace workrights::cli
