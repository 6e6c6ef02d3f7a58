#pragma once
// Worker threads, each with its own compiled rule runtime (a Lua state is single-threaded).
// Work items are handed out by index and results written to fixed slots, so output never depends on the
// number of threads or on scheduling.
#include <functional>
#include <memory>
#include <vector>

#include "core/rules/rule_runtime.h"

namespace workrights {

class WorkerPool {
 public:
  WorkerPool(const RulePack& pack, const FactCatalogue& catalogue, int threads);
  int size() const { return static_cast<int>(runtimes_.size()); }
  RuleRuntime& runtime(int worker) { return *runtimes_[static_cast<size_t>(worker)]; }

  /// Calls fn(runtime, i) for every i in [0, n), spread over the workers. Rethrows the first exception.
  void ParallelFor(size_t n, const std::function<void(RuleRuntime&, size_t)>& fn);

  /// Sum of evaluations over all workers.
  uint64_t evaluations() const;
  /// Of those, the results reused from an identical earlier call, over all workers.
  uint64_t reused() const;

  /// Stops rules that keep overrunning their limits, for every worker; passes run through RunGuarded.
  RunawayGuard& guard() { return *guard_; }

 private:
  std::unique_ptr<RunawayGuard> guard_;
  std::vector<std::unique_ptr<RuleRuntime>> runtimes_;
};

/// A sensible default: the machine's cores, at least 1.
int DefaultThreadCount();

}  // namespace workrights
