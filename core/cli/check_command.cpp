// workrights check: validate profiles and a rule pack; report every problem; write nothing. Warnings (doubts
// about sources that do not make the data wrong) go to stderr and leave the exit code alone.
#include <iostream>

#include "core/cli/common.h"
#include "core/load/profile_loader.h"

namespace workrights::cli {

int RunCheck(const std::vector<std::string>& args) {
  CommonOptions o;
  po::options_description desc("check options");
  AddInputOptions(desc, o);
  po::variables_map vm;
  int rc = ParseOrHelp(args, desc, nullptr, "workrights check [--data DIR] [--pack DIR]",
                       "workrights check --data data --pack rules/standard", vm);
  if (rc >= 0) return rc;

  std::string data_dir = o.data_dir.empty() ? DefaultDataDir() : o.data_dir;
  std::string pack_dir = o.pack_dir.empty() ? DefaultPackDir() : o.pack_dir;
  Diagnostics problems;
  std::optional<Dataset> dataset;
  try {
    dataset = LoadDataset(data_dir);
  } catch (const InputError& e) {
    for (const auto& d : e.diagnostics()) problems.Add(d);
  }
  if (dataset) {
    size_t facts = 0;
    for (const auto& c : dataset->countries) facts += c.KnownFactCount();
    for (const auto& w : dataset->warnings.items()) std::cerr << "warning: " << FormatDiagnostic(w) << "\n";
    size_t warnings = dataset->warnings.size();
    std::cout << "data " << data_dir << ": " << dataset->countries.size() << " profiles, " << facts
              << " facts known, catalogue of " << dataset->catalogue.size() << " facts: ok";
    if (warnings) std::cout << " (" << warnings << (warnings == 1 ? " warning" : " warnings") << ")";
    std::cout << "\n";
    try {
      RulePack pack = LoadRulePack(pack_dir, dataset->catalogue);
      std::cout << "pack " << pack_dir << ": " << pack.info.name << " " << pack.info.version << ", "
                << pack.info.rules.size() << " rules, " << pack.info.test_files.size() << " test files, "
                << pack.info.indicators.size() << " indicators: ok\n";
    } catch (const InputError& e) {
      for (const auto& d : e.diagnostics()) problems.Add(d);
    }
  } else {
    std::cout << "pack " << pack_dir << ": not checked (the data must load first: rules are checked against its catalogue)\n";
  }
  problems.ThrowIfAny();
  return kExitOk;
}

}  // namespace workrights::cli
