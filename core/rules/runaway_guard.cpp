#include "core/rules/runaway_guard.h"

namespace workrights {

RunawayGuard::RunawayGuard(size_t slots)
    : slots_(slots), overruns_(new std::atomic<int>[slots]), stopped_(new std::atomic<bool>[slots]) {
  for (size_t i = 0; i < slots_; ++i) {
    overruns_[i] = 0;
    stopped_[i] = false;
  }
}

void RunawayGuard::Overran(size_t slot) {
  if (overruns_[slot].fetch_add(1) + 1 == kMaxOverruns) {
    stopped_[slot] = true;
    ++stopped_count_;
  }
}

void RunawayGuard::BeginPass() {
  for (size_t i = 0; i < slots_; ++i) {
    if (!stopped_[i]) overruns_[i] = 0;
  }
}

std::string StoppedRuleMessage() {
  return "stopped for this run: it ran out of its instruction budget or memory " +
         std::to_string(RunawayGuard::kMaxOverruns) +
         " times, and a rule that keeps doing so is not called again (fix the rule, or raise limits in pack.lua)";
}

}  // namespace workrights
