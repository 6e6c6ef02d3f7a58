#pragma once
// A progress line on standard error for long runs: draws done, rate and time left. Silent when standard
// error is not a terminal (logs, CI) or with --quiet.
#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>

namespace workrights::cli {

class ProgressBar {
 public:
  ProgressBar(std::string what, bool enabled);
  ~ProgressBar();
  /// Thread-safe; redraws at most ten times a second.
  void Update(size_t done, size_t total);

 private:
  std::string what_;
  bool enabled_;
  bool drawn_ = false;
  std::mutex mutex_;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace workrights::cli
