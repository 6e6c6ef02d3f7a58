#include "core/statistics.h"

#include <algorithm>
#include <cmath>

namespace workrights {

double Quantile(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) return 0;
  double h = (static_cast<double>(sorted.size()) - 1) * p;
  size_t lo = static_cast<size_t>(std::floor(h));
  size_t hi = std::min(lo + 1, sorted.size() - 1);
  return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

Summary Summarize(std::vector<double> values) {
  values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return std::isnan(v); }), values.end());
  Summary s;
  s.n = values.size();
  if (s.n == 0) return s;
  double sum = 0;
  for (double v : values) sum += v;
  s.mean = sum / static_cast<double>(s.n);
  double ss = 0;
  for (double v : values) ss += (v - s.mean) * (v - s.mean);
  s.sd = s.n > 1 ? std::sqrt(ss / static_cast<double>(s.n - 1)) : 0;
  s.se = s.sd / std::sqrt(static_cast<double>(s.n));
  std::sort(values.begin(), values.end());
  s.p5 = Quantile(values, 0.05);
  s.p50 = Quantile(values, 0.5);
  s.p95 = Quantile(values, 0.95);
  return s;
}

}  // namespace workrights
