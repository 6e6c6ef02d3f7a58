#pragma once
// A rule that keeps running out of its instruction budget or memory would cost its budget once per country, per
// unknown-fact branch and per draw: hours for a hostile or broken rule. After kMaxOverruns overruns in one pass the
// guard stops it, and every later call fails at once. Whether a rule reaches kMaxOverruns depends only on which of
// its calls overrun, never on their order, and a pass that stopped a rule is run again with the rule stopped from
// the start (RunGuarded), so every country sees the same stopped rules and the output does not depend on threads.
#include <atomic>
#include <cstddef>
#include <memory>
#include <string>

namespace workrights {

class RunawayGuard {
 public:
  static constexpr int kMaxOverruns = 3;

  /// `slots`: one per rule, and one more for the pack's priority function (slot = number of rules).
  explicit RunawayGuard(size_t slots);

  bool Stopped(size_t slot) const { return stopped_[slot].load(std::memory_order_relaxed); }
  /// Counts an overrun of `slot`; the kMaxOverruns-th stops it.
  void Overran(size_t slot);
  size_t stopped_count() const { return stopped_count_.load(); }
  /// Forgets the overruns of rules not stopped, so each pass counts its own.
  void BeginPass();

 private:
  size_t slots_;
  std::unique_ptr<std::atomic<int>[]> overruns_;
  std::unique_ptr<std::atomic<bool>[]> stopped_;
  std::atomic<size_t> stopped_count_{0};
};

/// What a stopped rule's result says.
std::string StoppedRuleMessage();

/// Runs `pass` until a run of it stops no further rule (at most once more per rule stopped), and returns what
/// the last run returned: the result every evaluation of which saw the same stopped rules.
template <class Pass>
auto RunGuarded(RunawayGuard& guard, Pass pass) {
  guard.BeginPass();
  size_t stopped = guard.stopped_count();
  auto result = pass();
  while (guard.stopped_count() != stopped) {
    stopped = guard.stopped_count();
    guard.BeginPass();
    result = pass();
  }
  return result;
}

}  // namespace workrights
