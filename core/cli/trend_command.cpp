// workrights trend: scores per country at a series of dates, with the dated events between them.
#include "core/base/atomic_file.h"
#include "core/cli/common.h"
#include "core/cli/output_format.h"
#include "core/cli/templates_option.h"
#include "core/load/profile_loader.h"
#include "core/monitor/trend.h"
#include "reports/assessment/json_writer.h"
#include "reports/monitoring/trend_report.h"
#include "reports/monitoring/trend_workbook.h"

namespace workrights::cli {
namespace {

/// Enough for monthly points over 30 years; more is a typo, not a question.
constexpr size_t kMaxSeriesDates = 400;

/// What trend writes; standard output gets JSON.
const FormatSet kTrendFormats = {OutputFormat::kJson, OutputFormat::kCsv, OutputFormat::kMarkdown, OutputFormat::kHtml,
                                  OutputFormat::kXlsx};

TrendStep ParseStep(const std::string& step) {
  if (step == "year") return TrendStep::kYear;
  if (step == "quarter") return TrendStep::kQuarter;
  if (step == "month") return TrendStep::kMonth;
  throw po::error("unknown --step '" + step + "'; use year, quarter or month");
}

}  // namespace

int RunTrend(const std::vector<std::string>& args) {
  CommonOptions o;
  std::string from, to, step = "year", group, templates_dir;
  FormatOptions format;
  std::vector<std::string> countries;
  po::options_description desc("trend options");
  desc.add_options()
      ("from", po::value(&from)->required()->value_name("DATE"), "the first date of the series (YYYY-MM-DD)")
      ("to", po::value(&to)->value_name("DATE"), "the last date (YYYY-MM-DD; default: today)")
      ("step", po::value(&step)->value_name("STEP"), "year (default), quarter or month")
      ("country,c", po::value(&countries)->multitoken()->value_name("ISO3"), "only these countries");
  AddFormatOptions(desc, format, kTrendFormats);
  AddTemplatesOption(desc, templates_dir);
  AddGroupOption(desc, group);
  AddInputOptions(desc, o);
  AddOutputOptions(desc, o);
  po::variables_map vm;
  int rc = ParseOrHelp(args, desc, nullptr, "workrights trend --from DATE [--to DATE] [--step year|quarter|month] [options]",
                       "workrights trend --from 2016-01-01 --to 2026-11-30 --country JOR TUR --out out/trend.html", vm);
  if (rc >= 0) return rc;
  OutputFormat fmt = ChooseFormat(format, o.out, kTrendFormats);
  const Date first = ParseAsOf(from), last = ParseAsOf(to);
  if (first > last) throw po::error("--from " + first.ToString() + " is after --to " + last.ToString());
  const TrendStep trend_step = ParseStep(step);
  std::vector<Date> dates = SeriesDates(first, last, trend_step);
  if (dates.size() > kMaxSeriesDates) {
    throw po::error(std::to_string(dates.size()) + " dates in the series; at most " + std::to_string(kMaxSeriesDates) +
                    " (use a longer --step or a shorter period)");
  }
  const TemplateSet templates = LoadTemplates(templates_dir);

  Dataset dataset = LoadDataset(o.data_dir.empty() ? DefaultDataDir() : o.data_dir);
  RulePack pack = LoadRulePack(o.pack_dir.empty() ? DefaultPackDir() : o.pack_dir, dataset.catalogue);
  AssessOptions options;
  options.countries = countries;
  ApplyGroup(group, dataset.catalogue, options);
  SelectCountries(dataset, countries);
  WorkerPool pool(pack, dataset.catalogue, CapWorkersForLuaMemory(ResolveThreads(o.threads), pack));
  Trend trend = ComputeTrend(pack, dataset, pool, options, dates, trend_step);
  switch (fmt) {
    case OutputFormat::kJson: WriteFileAtomically(o.out, JsonText(TrendToJson(trend))); break;
    case OutputFormat::kCsv: WriteCsv(o.out, TrendCsv(trend), format); break;
    case OutputFormat::kMarkdown: WriteFileAtomically(o.out, TrendMarkdown(trend, templates)); break;
    case OutputFormat::kHtml: WriteFileAtomically(o.out, TrendHtml(trend, templates)); break;
    case OutputFormat::kXlsx: WriteTrendWorkbook(trend, o.out); break;
    default: throw std::logic_error("trend: a format without a writer");
  }
  Note(o, std::to_string(trend.countries.size()) + " countries at " + std::to_string(dates.size()) + " dates" +
              (o.out == "-" ? "" : "; written to " + o.out));
  return kExitOk;
}

}  // namespace workrights::cli
