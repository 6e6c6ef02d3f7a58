#include "core/cli/progress_bar.h"

#include <cstdio>

#include <unistd.h>

namespace workrights::cli {

ProgressBar::ProgressBar(std::string what, bool enabled)
    : what_(std::move(what)),
      enabled_(enabled && ::isatty(STDERR_FILENO)),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}  // first drawn after 100 ms, when the rate means something

ProgressBar::~ProgressBar() {
  if (drawn_) std::fputc('\n', stderr);
}

void ProgressBar::Update(size_t done, size_t total) {
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  auto now = std::chrono::steady_clock::now();
  if (done < total && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  double seconds = std::chrono::duration<double>(now - start_).count();
  double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0;
  double left = rate > 0 ? static_cast<double>(total - done) / rate : 0;
  const int width = 30;
  int filled = total ? static_cast<int>(width * done / total) : width;
  std::string bar(static_cast<size_t>(filled), '=');
  bar.resize(width, ' ');
  std::fprintf(stderr, "\r[%s] %zu/%zu %s, %.0f/s, %.0f s left ", bar.c_str(), done, total, what_.c_str(), rate, left);
  std::fflush(stderr);
  drawn_ = true;
}

}  // namespace workrights::cli
