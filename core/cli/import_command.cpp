// workrights import: facts entered in a spreadsheet (a filled `workrights template`, saved as CSV) added to a
// country's profile, with the profile loader's own checks; every problem at its cell, and nothing written unless
// every row is right.
#include <filesystem>
#include <iostream>

#include "core/base/atomic_file.h"
#include "core/base/input_files.h"
#include "core/cli/common.h"
#include "core/cli/output_format.h"
#include "core/cli/spreadsheet_country.h"
#include "core/load/csv_reader.h"
#include "core/load/profile_loader.h"
#include "core/load/spreadsheet_import.h"

namespace workrights::cli {
namespace fs = std::filesystem;

namespace {

std::string Summary(const SpreadsheetImport& r, const std::string& csv_file, const std::string& out) {
  std::string text = "imported " + std::to_string(r.added.size()) + (r.added.size() == 1 ? " entry" : " entries") +
                     " from " + csv_file + " into " + out;
  if (r.rows_skipped) text += " (" + std::to_string(r.rows_skipped) + " rows without a value skipped)";
  text += ":\n";
  for (const auto& a : r.added) text += "  + " + a + "\n";
  auto list = [](const std::vector<std::string>& ids) {
    std::string s;
    for (const auto& id : ids) s += (s.empty() ? "" : ", ") + id;
    return s;
  };
  if (!r.new_sources.empty()) text += "new sources: " + list(r.new_sources) + "\n";
  if (!r.cited_sources.empty()) text += "sources already in the profile, cited again: " + list(r.cited_sources) + "\n";
  return text;
}

}  // namespace

int RunImport(const std::vector<std::string>& args) {
  CommonOptions o;
  std::string csv_file, country;
  po::options_description desc("import options");
  desc.add_options()
      ("file", po::value(&csv_file)->required()->value_name("FILE.csv"), "the filled template, saved as CSV (UTF-8)")
      ("country", po::value(&country)->required()->value_name("ISO3"), "the country the rows are about")
      ("data", po::value(&o.data_dir)->value_name("DIR"),
       "data folder with catalogue.json and profiles/ (default: the shipped data/)")
      ("out,o", po::value(&o.out)->value_name("FILE.json"),
       "write the profile with the new entries here, not over DIR/profiles/ISO3.json");
  po::positional_options_description pos;
  pos.add("file", 1);
  o.out.clear();
  po::variables_map vm;
  int rc = ParseOrHelp(args, desc, &pos, "workrights import FILE.csv --country ISO3 [--data DIR] [--out FILE.json]",
                       "workrights import SWE-facts.csv --country SWE", vm);
  if (rc >= 0) return rc;
  if (!o.out.empty()) ChooseFormat("", o.out, {OutputFormat::kJson});

  std::string data_dir = o.data_dir.empty() ? DefaultDataDir() : o.data_dir;
  Dataset dataset = LoadDataset(data_dir);
  ImportTarget target;
  target.dataset = &dataset;
  target.iso3 = CheckImportCountry(dataset, country);
  target.today = Today();
  const CountryProfile* existing = dataset.Find(target.iso3);
  target.profile_file = existing ? existing->file : (fs::path(data_dir) / "profiles" / (target.iso3 + ".json")).string();
  if (existing) target.profile_text = ReadTextFile(existing->file);

  CsvDocument csv = ParseCsv(ReadTextFile(csv_file, 64u << 20, InputKind::kFileOrStream), csv_file);
  SpreadsheetImport result = ImportSpreadsheet(csv, target);
  if (result.added.empty()) {
    ThrowInputError(SourceLocation{csv_file, 0, 0, {}, {}}, "no row has a value to import",
                    "fill the value column of the facts you have sources for");
  }
  for (const auto& w : result.warnings.items()) std::cerr << "warning: " << FormatDiagnostic(w) << "\n";
  std::string out = o.out.empty() ? target.profile_file : o.out;
  WriteFileAtomically(out, result.profile_text);
  (out == "-" ? std::cerr : std::cout) << Summary(result, csv_file, out == "-" ? "standard output" : out);
  return kExitOk;
}

}  // namespace workrights::cli
