#include "core/base/statistics.h"

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

namespace {

// The type-7 quantile by selection rather than a full sort: the same order statistics, so the same value
// as Quantile() on the sorted values. Partly reorders `v`; `from` says where earlier (smaller-p) selections
// left off, so successive calls with rising p only look at the rest.
double SelectQuantile(std::vector<double>& v, double p, size_t& from) {
  double h = (static_cast<double>(v.size()) - 1) * p;
  size_t lo = static_cast<size_t>(std::floor(h));
  std::nth_element(v.begin() + static_cast<long>(from), v.begin() + static_cast<long>(lo), v.end());
  double low = v[lo];
  double high = lo + 1 < v.size() ? *std::min_element(v.begin() + static_cast<long>(lo) + 1, v.end()) : low;
  from = lo;
  return low + (h - static_cast<double>(lo)) * (high - low);
}

}  // namespace

Summary Summarize(std::vector<double> values) { return SummarizeInPlace(values); }

Summary SummarizeInPlace(std::vector<double>& values) {
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
  size_t from = 0;
  s.p5 = SelectQuantile(values, 0.05, from);
  s.p50 = SelectQuantile(values, 0.5, from);
  s.p95 = SelectQuantile(values, 0.95, from);
  return s;
}

}  // namespace workrights
