// workrights: assess how countries treat refugees at work, simulate pledges, rank priorities, plan advocacy.
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "core/base/atomic_file.h"
#include "core/cli/command.h"
#include "core/base/diagnostics.h"
#include "core/base/resource_limit.h"
#include "core/base/spellcheck.h"
#include "core/base/version.h"

namespace workrights::cli {

const std::vector<Command>& Commands() {
  static const std::vector<Command> kCommands = {
      {"assess", "score countries' right to work, labour rights and social protection for refugees", RunAssess},
      {"simulate", "what if pledges are implemented: baseline and scenario, deterministic or Monte Carlo", RunSimulate},
      {"merge", "join the shards of a Monte Carlo run (simulate --draw-range) into one result", RunMerge},
      {"rank", "priority countries for joint action, with rank intervals and weight sensitivity", RunRank},
      {"plan", "a joint advocacy plan per country: gaps, actions, instruments, lead agency, pledge to seek", RunPlan},
      {"diff", "what changed between two dates or two data folders: facts, scores and why", RunDiff},
      {"trend", "scores at a series of dates, with the laws and policies that took effect between them", RunTrend},
      {"indicators", "Global Compact on Refugees indicators: decent work and free movement, population-weighted", RunIndicators},
      {"explain", "show how one country's scores were reached: facts read, sources, reasons", RunExplain},
      {"check", "validate profiles and rule packs, and report every problem", RunCheck},
      {"template", "a spreadsheet (CSV) of a country's facts for advisers to fill, instead of editing JSON", RunTemplate},
      {"import", "add the facts of a filled template to a country's profile, checked as profiles are", RunImport},
      {"test-rules", "run the Lua tests that sit beside a pack's rules", RunTestRules},
      {"schema", "print the JSON Schema of profiles or scenarios, generated from the fact catalogue", RunSchema},
      {"docs", "regenerate docs/rules.md (from the pack) or docs/data.md (coverage of the data)", RunDocs},
  };
  return kCommands;
}

static void PrintUsage(std::ostream& out) {
  out << "workrights " << kEngineVersion << " — refugees' right to work, assessed from sourced facts\n\n"
      << "usage: workrights COMMAND [options]   (workrights COMMAND --help for its options)\n\ncommands:\n";
  for (const auto& c : Commands()) {
    std::string name = c.name;
    out << "  " << name << std::string(12 - name.size(), ' ') << c.summary << "\n";
  }
  out << "\nexit codes: 0 ok; 1 bad command line; 2 invalid input (nothing written); 3 finished, but rules failed\n"
         "            or rule tests failed; 4 output not written; 5 diff --exit-code found a change;\n"
         "            70 internal error\n\n"
         "example:\n  workrights assess --out out/assessment.json\n";
}

}  // namespace workrights::cli

int main(int argc, char** argv) {
  using namespace workrights;
  using namespace workrights::cli;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    PrintUsage(args.empty() ? std::cerr : std::cout);
    return args.empty() ? kExitUsage : kExitOk;
  }
  if (args[0] == "--version") {
    std::cout << "workrights " << kEngineVersion << "\n";
    return kExitOk;
  }
  const Command* command = nullptr;
  std::vector<std::string> names;
  for (const auto& c : Commands()) {
    names.emplace_back(c.name);
    if (args[0] == c.name) command = &c;
  }
  if (!command) {
    std::string hint = DidYouMean(args[0], names);
    std::cerr << "workrights: unknown command '" << args[0] << "'" << (hint.empty() ? "" : ", " + hint) << "\n";
    PrintUsage(std::cerr);
    return kExitUsage;
  }
  std::vector<std::string> rest(args.begin() + 1, args.end());
  try {
    return command->run(rest);
  } catch (const po::error& e) {
    std::cerr << "workrights " << command->name << ": " << e.what() << "\n"
              << "  (see: workrights " << command->name << " --help)\n";
    return kExitUsage;
  } catch (const InputError& e) {
    for (const auto& d : e.diagnostics()) std::cerr << "error: " << FormatDiagnostic(d) << "\n";
    std::cerr << e.diagnostics().size() << (e.diagnostics().size() == 1 ? " problem" : " problems")
              << " found; nothing was written.\n";
    return kExitInvalidInput;
  } catch (const ResourceLimitError& e) {
    std::cerr << "workrights " << command->name << ": " << e.what() << "\n";
    return kExitUsage;
  } catch (const OutputError& e) {
    std::cerr << "error: " << e.what() << "\n";
    return kExitOutput;
  } catch (const std::exception& e) {
    std::cerr << "internal error: " << e.what() << "\n(please report this as a bug)\n";
    return kExitInternal;
  }
}
