#pragma once
// One sandboxed Lua state holding a compiled rule pack, ready to evaluate rules against country views.
// Not thread-safe: each worker thread owns one runtime.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/rules/runaway_guard.h"
#include "core/base/json_reader.h"
#include "core/model/fact_view.h"
#include "core/rules/lua_sandbox.h"
#include "core/rules/rule_pack.h"
#include "core/rules/rule_result.h"

namespace workrights {

class RuleRuntime {
 public:
  /// Compiles the pack. With `info` == nullptr the pack's metadata is read and checked (LoadRulePack does this
  /// once); otherwise the runtime trusts `info` and only compiles. Throws InputError.
  RuleRuntime(const PackSources& sources, const FactCatalogue& catalogue, const SandboxLimits& limits,
              const PackInfo* info);
  ~RuleRuntime();

  const PackInfo& info() const { return info_; }
  const FactCatalogue& catalogue() const { return catalogue_; }
  LuaSandbox& sandbox() { return *sandbox_; }

  /// Evaluates rule `rule` on `view`. `seed` feeds math.random, mixed with the country and rule ids.
  void Evaluate(int rule, const FactView& view, uint64_t seed, RuleResult& out);

  /// Evaluates the pack's priority function for one country, given its metrics (MetricNames order, NaN =
  /// unknown). An unknown fact or score makes the index unknown, never zero.
  void EvaluatePriority(const FactView& view, const double* metrics, PriorityResult& out);

  /// Shares `guard` (owned by the caller, for this runtime's lifetime): a rule it has stopped fails at once, and
  /// every overrun of a budget is counted there. Without a guard every call runs.
  void SetGuard(RunawayGuard* guard) { guard_ = guard; }

  /// Number of rule evaluations done by this runtime (tests and benchmarks count them).
  uint64_t evaluations() const { return evaluations_; }
  /// Counts `n` evaluations whose result was reused from an identical earlier call (the simulation's memo):
  /// figures then do not depend on how draws were split into work units, threads or shards.
  void CountReused(uint64_t n) {
    evaluations_ += n;
    reused_ += n;
  }
  /// Of evaluations(), those counted by CountReused (tests check the memo is used).
  uint64_t reused() const { return reused_; }

  // Used by the Lua C functions that read facts.
  struct Call {
    const FactView* view = nullptr;
    const RuleInfo* rule = nullptr;
    RuleResult* result = nullptr;
    const double* metrics = nullptr;               ///< set only for the priority function
    std::vector<std::string>* missing_scores = nullptr;
    /// The rule's declared reads as Lua strings (parallel to rule->reads): a short Lua string is interned, so a
    /// path the rule passes to c:fact is found by its address, without comparing text.
    const std::vector<const char*>* read_names = nullptr;
  };
  const std::vector<std::string>& metric_names() const { return metric_names_; }
  Call& current() { return current_; }

 private:
  void LoadPackConfig(Diagnostics& diags);
  /// pack.json parsed, or pack.lua run (keeping its priority function). Empty when that failed (reported in
  /// `diags`) or when the runtime was given the pack's metadata.
  std::optional<JsonDocument> ReadPackFile(Diagnostics& diags);
  void LoadPriority(int pack_table, Diagnostics& diags);
  void LoadRules(Diagnostics& diags);
  void PushCountry(const FactView& view);
  /// Interns each rule's (and the priority function's) declared reads in the Lua state, kept alive there.
  void InternReadNames();
  /// stack: +3 on success (score, explanation, situation) — calls `rule_index`'s evaluate on `view` with its
  /// random stream seeded, then restores the file-level variables it changed (named in `changed`). The call
  /// may first run without the count hook; one that runs too long is run again, counted (CallMayRunFast).
  bool CallEvaluate(int rule_index, const FactView& view, uint64_t rule_seed, LuaFailure& failure,
                    std::string& changed);
  /// stack: +3 on success — calls the Lua function `function_ref` on `view` with the random stream seeded, then
  /// restores what it changed of `snapshot`; a call run without the count hook that took too long is run again,
  /// counted. The shared body of CallEvaluate and CallPriority.
  bool CallOnCountry(int function_ref, int snapshot, uint64_t seed, const FactView& view, LuaFailure& failure,
                     std::string& changed);
  /// Drops what an interrupted call recorded (its reads, missing facts and scores) before it runs again.
  void ForgetReads();
  /// The line of the `return` through which evaluate gave `rule_index`'s result for `view`, found by running it
  /// again (same seed, so the same path) while the sandbox notes returns; 0 when it cannot tell.
  int ReturnLine(int rule_index, const FactView& view, uint64_t rule_seed);
  /// stack: +3 on success (index, terms, notes) — calls the priority function on `view` (random stream seeded
  /// with 0), then restores the file-level variables it changed (named in `changed`).
  bool CallPriority(const FactView& view, LuaFailure& failure, std::string& changed);
  /// ReturnLine for the priority function: the line of the `return` that gave its result for `view`.
  int PriorityReturnLine(const FactView& view, const double* metrics);

  std::unique_ptr<LuaSandbox> sandbox_;
  const PackSources& sources_;
  const FactCatalogue& catalogue_;
  PackInfo info_;
  nlohmann::json pack_config_;  ///< pack.lua / pack.json as JSON, while loading
  bool extract_info_;
  std::vector<int> evaluate_refs_;
  std::vector<int> snapshot_ids_;  ///< per rule: its upvalue snapshot in the sandbox
  std::vector<std::vector<const char*>> read_names_;  ///< per rule, then the priority function last
  int country_ref_ = -1;         ///< the read-only country object given to evaluate
  int country_fields_ref_ = -1;  ///< its writable backing table
  /// What the country object's fields now show; refreshed when any of the three changes.
  struct CountryShown {
    const CountryProfile* profile = nullptr;
    GroupId group = -1;
    std::optional<Date> as_of;
    bool operator==(const CountryShown&) const = default;
  };
  CountryShown country_shown_;
  Call current_;
  RunawayGuard* guard_ = nullptr;
  int priority_ref_ = -2;  ///< LUA_NOREF until the pack defines one
  int priority_snapshot_ = -2;
  int priority_line_ = 0;
  RuleInfo priority_rule_;  ///< stands in for a rule while the priority function reads facts
  std::vector<std::string> metric_names_;
  uint64_t evaluations_ = 0;
  uint64_t reused_ = 0;
};

}  // namespace workrights
