#include "core/rules/worker_pool.h"

#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

namespace workrights {

int DefaultThreadCount() {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

WorkerPool::WorkerPool(const RulePack& pack, const FactCatalogue& catalogue, int threads)
    : guard_(std::make_unique<RunawayGuard>(pack.info.rules.size() + 1)) {
  if (threads < 1) threads = 1;
  for (int i = 0; i < threads; ++i) {
    runtimes_.push_back(std::make_unique<RuleRuntime>(pack.sources, catalogue, pack.limits, &pack.info));
    runtimes_.back()->SetGuard(guard_.get());
  }
}

void WorkerPool::ParallelFor(size_t n, const std::function<void(RuleRuntime&, size_t)>& fn) {
  if (runtimes_.size() == 1 || n <= 1) {
    for (size_t i = 0; i < n; ++i) fn(*runtimes_[0], i);
    return;
  }
  std::atomic<size_t> next{0};
  std::exception_ptr error;
  std::mutex error_mutex;
  auto work = [&](RuleRuntime& rt) {
    try {
      for (size_t i = next++; i < n; i = next++) fn(rt, i);
    } catch (...) {
      std::lock_guard<std::mutex> lock(error_mutex);
      if (!error) error = std::current_exception();
      next = n;
    }
  };
  std::vector<std::thread> threads;
  size_t used = std::min(runtimes_.size(), n);
  for (size_t t = 1; t < used; ++t) threads.emplace_back(work, std::ref(*runtimes_[t]));
  work(*runtimes_[0]);
  for (auto& t : threads) t.join();
  if (error) std::rethrow_exception(error);
}

uint64_t WorkerPool::evaluations() const {
  uint64_t total = 0;
  for (const auto& r : runtimes_) total += r->evaluations();
  return total;
}

uint64_t WorkerPool::reused() const {
  uint64_t total = 0;
  for (const auto& r : runtimes_) total += r->reused();
  return total;
}

}  // namespace workrights
