// Fuzzes rule evaluation: a fuzzed profile that passes the checks is assessed by every standard rule. Every
// rule must end as ok, unknown or error, never a crash, and scores must stay in [0, 1].
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/assess/aggregator.h"
#include "core/load/profile_loader.h"
#include "core/rules/rule_runtime.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace workrights;
  static RuleRuntime runtime(fuzz::StandardPack().sources, fuzz::Catalogue(), fuzz::StandardPack().limits,
                             &fuzz::StandardPack().info);
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::optional<CountryProfile> profile;
  try {
    Diagnostics diags;
    profile = ParseProfile(ParseJson(text, "JOR.json"), fuzz::Catalogue(), diags);
  } catch (const InputError&) {
    return 0;
  }
  if (!profile) return 0;
  CountryAssessment c;
  c.profile = &*profile;
  c.view = MakeFactView(*profile, std::nullopt);
  c.results.resize(runtime.info().rules.size());
  for (size_t r = 0; r < c.results.size(); ++r) {
    runtime.Evaluate(static_cast<int>(r), c.view, 0, c.results[r]);
    if (c.results[r].status == RuleStatus::kOk && !(c.results[r].score >= 0 && c.results[r].score <= 1)) std::abort();
  }
  Aggregate(runtime.info(), c);
  return 0;
}
