#pragma once
// Runs the Lua tests that sit beside a pack's rules (*_test.lua), like `opa test`: each test calls the real
// engine on a small made-up profile and checks the score, status or error.
#include <string>
#include <vector>

#include "core/base/diagnostics.h"
#include "core/rules/rule_pack.h"

namespace workrights {

struct RuleTestCase {
  std::string file;  ///< test file, relative to the pack
  std::string name;
  bool passed = false;
  std::string message;  ///< why it failed, with file:line
};

struct RuleTestReport {
  std::vector<RuleTestCase> cases;
  std::vector<Diagnostic> file_errors;  ///< test files that failed to load
  int passed() const;
  int failed() const;
};

RuleTestReport RunRuleTests(const RulePack& pack, const FactCatalogue& catalogue);

}  // namespace workrights
