// workrights template: the spreadsheet (CSV) an adviser fills with facts for one country, instead of editing
// JSON; `workrights import` reads it back.
#include <algorithm>
#include <cctype>
#include <iostream>

#include "core/cli/common.h"
#include "core/cli/output_format.h"
#include "core/cli/spreadsheet_country.h"
#include "core/load/profile_loader.h"
#include "reports/docs/spreadsheet_template.h"

namespace workrights::cli {

int RunTemplate(const std::vector<std::string>& args) {
  CommonOptions o;
  FormatOptions format;
  std::string country, group;
  po::options_description desc("template options");
  desc.add_options()
      ("country", po::value(&country)->required()->value_name("ISO3"), "the country (ISO 3166 alpha-3 code); one "
       "without a profile yet gets a template without current values")
      ("group", po::value(&group)->value_name("GROUP"), "fill the group column of facts that differ by group with "
       "GROUP, and show GROUP's current values (default: the profile's primary group)")
      ("out,o", po::value(&o.out)->required()->value_name("FILE.csv"), "where to write the template")
      ("quiet,q", po::bool_switch(&o.quiet), "no summary on standard error");
  desc.add_options()("data", po::value(&o.data_dir)->value_name("DIR"),
                     "data folder with catalogue.json and profiles/ (default: the shipped data/)");
  AddFormatOptions(desc, format, {OutputFormat::kCsv});
  po::variables_map vm;
  int rc = ParseOrHelp(args, desc, nullptr, "workrights template --country ISO3 [--group GROUP] --out FILE.csv [--bom]",
                       "workrights template --country SWE --out SWE-facts.csv --bom", vm);
  if (rc >= 0) return rc;
  ChooseFormat(format, o.out, {OutputFormat::kCsv});

  Dataset dataset = LoadDataset(o.data_dir.empty() ? DefaultDataDir() : o.data_dir);
  std::string iso3 = CheckImportCountry(dataset, country);
  std::optional<GroupId> g = group.empty() ? std::nullopt : ParseSingleGroup(group, dataset.catalogue);
  const CountryProfile* profile = dataset.Find(iso3);
  TemplateCounts counts;
  std::string csv = SpreadsheetTemplateCsv(dataset, profile, g, Today(), &counts);
  WriteCsv(o.out, csv, format);
  Note(o, "wrote the template for " + iso3 + (profile ? "" : " (no profile yet)") + ": " + std::to_string(counts.facts) +
              " facts, " + std::to_string(counts.known) + " with a value today, " + std::to_string(counts.from_tables) +
              " answered by cross-country tables (not entered here); fill value and source columns, then: "
              "workrights import " + (o.out == "-" ? "FILE.csv" : o.out) + " --country " + iso3);
  return kExitOk;
}

}  // namespace workrights::cli
