// workrights test-rules [PACK]: run the Lua tests beside a pack's rules.
#include <iostream>

#include "core/cli/common.h"
#include "core/load/profile_loader.h"
#include "core/rules/rule_test_runner.h"

namespace workrights::cli {

int RunTestRules(const std::vector<std::string>& args) {
  CommonOptions o;
  bool verbose = false;
  po::options_description desc("test-rules options");
  AddInputOptions(desc, o);
  desc.add_options()("verbose,v", po::bool_switch(&verbose), "list passing tests too");
  po::positional_options_description pos;
  pos.add("pack", 1);
  po::variables_map vm;
  int rc = ParseOrHelp(args, desc, &pos, "workrights test-rules [PACK] [--data DIR]",
                       "workrights test-rules rules/standard", vm);
  if (rc >= 0) return rc;

  Dataset dataset = LoadDataset(o.data_dir.empty() ? DefaultDataDir() : o.data_dir);
  RulePack pack = LoadRulePack(o.pack_dir.empty() ? DefaultPackDir() : o.pack_dir, dataset.catalogue);
  RuleTestReport report = RunRuleTests(pack, dataset.catalogue);
  for (const auto& e : report.file_errors) std::cout << "ERROR " << FormatDiagnostic(e) << "\n";
  for (const auto& c : report.cases) {
    if (!c.passed) std::cout << "FAIL  " << c.file << ": " << c.name << "\n      " << c.message << "\n";
    else if (verbose) std::cout << "ok    " << c.file << ": " << c.name << "\n";
  }
  std::cout << "rule tests (" << pack.info.name << ", " << pack.info.test_files.size() << " files): "
            << report.passed() << " passed, " << report.failed() << " failed\n";
  return report.failed() > 0 || !report.file_errors.empty() ? kExitRuleErrors : kExitOk;
}

}  // namespace workrights::cli
