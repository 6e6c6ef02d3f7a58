#pragma once
// Subcommands are data: a name, a one-line summary and a function, as ninja's tool table.
#include <string>
#include <vector>

#include <boost/program_options.hpp>

namespace workrights::cli {

namespace po = boost::program_options;

/// Exit codes, documented in README.md and `workrights --help`.
enum ExitCode : int {
  kExitOk = 0,
  kExitUsage = 1,         ///< bad command line
  kExitInvalidInput = 2,  ///< a profile, pack, rule or scenario is invalid: nothing was written
  kExitRuleErrors = 3,    ///< finished, but some rules failed (listed in the output), or rule tests failed
  kExitOutput = 4,        ///< the output could not be written
  kExitChanged = 5,       ///< diff --exit-code: something changed (0: nothing did)
  kExitInternal = 70,     ///< a bug in workrights
};

struct Command {
  const char* name;
  const char* summary;
  int (*run)(const std::vector<std::string>& args);
};

const std::vector<Command>& Commands();

int RunAssess(const std::vector<std::string>& args);
int RunCheck(const std::vector<std::string>& args);
int RunTemplate(const std::vector<std::string>& args);
int RunImport(const std::vector<std::string>& args);
int RunExplain(const std::vector<std::string>& args);
int RunTestRules(const std::vector<std::string>& args);
int RunSchema(const std::vector<std::string>& args);
int RunDocs(const std::vector<std::string>& args);
int RunSimulate(const std::vector<std::string>& args);
int RunMerge(const std::vector<std::string>& args);
int RunRank(const std::vector<std::string>& args);
int RunPlan(const std::vector<std::string>& args);
int RunDiff(const std::vector<std::string>& args);
int RunTrend(const std::vector<std::string>& args);
int RunIndicators(const std::vector<std::string>& args);

}  // namespace workrights::cli
