// Fuzzes pack loading: the input is a rule file's Lua source (or a pack.lua and a rule file, split at the first
// line "--8<--"). Loading must end as a pack or an InputError; a loaded rule is then evaluated, and must end as
// a result, never a crash or hang.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/model/profile.h"
#include "core/rules/rule_runtime.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace workrights;
  std::string input(reinterpret_cast<const char*>(data), size);
  PackSources src;
  src.dir = "fuzz";
  src.hash = "fuzz";
  std::string pack_lua =
      "return { name = \"f\", version = \"1\", domains = { { id = \"right_to_work\", title = \"R\", weight = 1 } },\n"
      "  rules = { \"rules/r.lua\" } }\n";
  std::string rule = input;
  size_t cut = input.find("\n--8<--\n");
  if (cut != std::string::npos) {
    pack_lua = input.substr(0, cut);
    rule = input.substr(cut + 8);
  }
  src.pack_file = PackFile{"pack.lua", pack_lua};
  src.lua_files.push_back(PackFile{"rules/r.lua", rule});
  SandboxLimits limits;
  limits.instructions_per_call = 200000;  // small budgets keep each run fast; the limits are what is tested
  limits.memory_bytes = 16u << 20;
  try {
    RuleRuntime runtime(src, fuzz::Catalogue(), limits, nullptr);
    static const CountryProfile profile = [] {
      CountryProfile p;
      p.iso3 = "JOR";
      p.name = "Jordan";
      p.facts.resize(fuzz::Catalogue().size());
      return p;
    }();
    FactView view = MakeFactView(profile, std::nullopt);
    RuleResult result;
    for (size_t r = 0; r < runtime.info().rules.size(); ++r) runtime.Evaluate(static_cast<int>(r), view, 0, result);
  } catch (const InputError&) {
  }
  return 0;
}
