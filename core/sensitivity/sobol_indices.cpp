#include "core/sensitivity/sobol_indices.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "core/base/statistics.h"
#include "core/simulate/random.h"

namespace workrights {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr uint64_t kBootstrapStream = 0xb0075742;

/// Numerators and variance of one resample, summed over the outputs.
struct Sums {
  std::vector<double> first, total;  // [group]
  double variance = 0, mean = 0;
};

/// One output whose runs vary, with the groups whose AB runs differ from its A runs somewhere: the others add
/// exactly 0 to every numerator (a country's value is reused in the runs of an input that cannot touch it), so
/// they are skipped, which spares most of the bootstrap when there is one group per country.
template <typename T>
struct VaryingOutput {
  const T* y;
  std::vector<uint32_t> active;
};

template <typename T>
std::vector<uint32_t> ActiveGroups(const SaltelliDesign& design, const T* y) {
  const size_t n = design.base_samples(), k = design.groups(), stride = design.rows_per_sample();
  std::vector<uint32_t> active;
  for (size_t g = 0; g < k; ++g) {
    for (size_t i = 0; i < n; ++i) {
      if (y[i * stride + 2 + g] != y[i * stride]) {
        active.push_back(static_cast<uint32_t>(g));
        break;
      }
    }
  }
  return active;
}

// One output's contribution to the sums, over base samples picked[0..N). A sample's k + 2 runs are next to each
// other in y, so each picked sample is read in one pass.
template <typename T>
void AddOutput(const SaltelliDesign& design, const VaryingOutput<T>& out, const uint32_t* picked, Sums& sums) {
  const T* y = out.y;
  const size_t n = design.base_samples(), k = design.groups(), stride = design.rows_per_sample();
  double sum = 0;
  for (size_t i = 0; i < n; ++i) sum += double(y[picked[i] * stride]) + double(y[picked[i] * stride + 1]);
  const double mean = sum / static_cast<double>(2 * n);
  double ss = 0;
  thread_local std::vector<double> first, total;  // reused: this runs for every target and resample
  first.assign(k, 0);
  total.assign(k, 0);
  for (size_t i = 0; i < n; ++i) {
    const T* runs = y + picked[i] * stride;
    const double a = runs[0], b = double(runs[1]) - mean;
    ss += (a - mean) * (a - mean) + b * b;
    for (uint32_t g : out.active) {
      const double ab = runs[2 + g];
      first[g] += b * (ab - a);
      total[g] += (a - ab) * (a - ab);
    }
  }
  sums.mean += mean;
  sums.variance += ss / static_cast<double>(2 * n);
  for (size_t g = 0; g < k; ++g) {
    sums.first[g] += first[g] / static_cast<double>(n);
    sums.total[g] += total[g] / static_cast<double>(2 * n);
  }
}

template <typename T>
Sums SumOutputs(const SaltelliDesign& design, const std::vector<VaryingOutput<T>>& outputs, const uint32_t* picked) {
  Sums sums;
  sums.first.assign(design.groups(), 0);
  sums.total.assign(design.groups(), 0);
  for (const auto& out : outputs) AddOutput(design, out, picked, sums);
  return sums;
}

template <typename T>
bool AllKnown(const SaltelliDesign& design, const std::vector<const T*>& outputs) {
  for (const T* y : outputs) {
    for (size_t r = 0; r < design.rows(); ++r) {
      if (std::isnan(y[r])) return false;
    }
  }
  return true;
}

// The outputs that take more than one value: a constant one adds nothing to any numerator or to the variance,
// and leaving it out keeps rounding in its mean from posing as variance.
template <typename T>
std::vector<VaryingOutput<T>> Varying(const SaltelliDesign& design, const std::vector<const T*>& outputs) {
  std::vector<VaryingOutput<T>> varying;
  for (const T* y : outputs) {
    if (std::any_of(y, y + design.rows(), [&](T v) { return v != y[0]; })) varying.push_back({y, ActiveGroups(design, y)});
  }
  return varying;
}

// Percentile interval of the resampled values (type-7 quantiles); resamples with no variance are left out.
void SetInterval(std::vector<double> values, double confidence, IndexEstimate& out) {
  values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return std::isnan(v); }), values.end());
  if (values.empty()) return;
  std::sort(values.begin(), values.end());
  out.low = Quantile(values, (1 - confidence) / 2);
  out.high = Quantile(values, (1 + confidence) / 2);
}

template <typename T>
TargetIndices Estimate(const SaltelliDesign& design, const std::vector<const T*>& outputs,
                       const BootstrapPlan& bootstrap) {
  const size_t k = design.groups();
  TargetIndices t;
  t.groups.assign(k, GroupIndices{{kNaN, kNaN, kNaN}, {kNaN, kNaN, kNaN}});
  t.known = AllKnown(design, outputs);
  if (!t.known) return t;
  std::vector<uint32_t> identity(design.base_samples());
  std::iota(identity.begin(), identity.end(), 0u);
  const std::vector<VaryingOutput<T>> varying = Varying(design, outputs);
  for (const T* y : outputs) {
    if (std::none_of(varying.begin(), varying.end(), [&](const auto& v) { return v.y == y; })) t.mean += y[0];
  }
  if (varying.empty()) return t;
  const Sums point = SumOutputs(design, varying, identity.data());
  t.mean += point.mean;
  t.variance = point.variance;
  std::vector<std::vector<double>> first(k), total(k);
  for (size_t r = 0; r < bootstrap.resamples(); ++r) {
    const Sums s = SumOutputs(design, varying, bootstrap.Resample(r));
    for (size_t g = 0; g < k; ++g) {
      first[g].push_back(s.variance > 0 ? s.first[g] / s.variance : kNaN);
      total[g].push_back(s.variance > 0 ? s.total[g] / s.variance : kNaN);
    }
  }
  for (size_t g = 0; g < k; ++g) {
    t.groups[g].first.value = point.first[g] / point.variance;
    t.groups[g].total.value = point.total[g] / point.variance;
    SetInterval(std::move(first[g]), bootstrap.confidence(), t.groups[g].first);
    SetInterval(std::move(total[g]), bootstrap.confidence(), t.groups[g].total);
  }
  return t;
}

}  // namespace

BootstrapPlan::BootstrapPlan(size_t base_samples, size_t resamples, uint64_t seed, double confidence)
    : n_(base_samples), resamples_(resamples), confidence_(confidence), samples_(base_samples * resamples) {
  DrawRng rng(seed, 0, kBootstrapStream);
  for (auto& s : samples_) s = static_cast<uint32_t>(rng.Next() % n_);  // n is far below 2^64: no visible bias
}

TargetIndices EstimateIndices(const SaltelliDesign& design, const std::vector<const double*>& outputs,
                              const BootstrapPlan& bootstrap) {
  return Estimate(design, outputs, bootstrap);
}

TargetIndices EstimateIndices(const SaltelliDesign& design, const std::vector<const float*>& outputs,
                              const BootstrapPlan& bootstrap) {
  return Estimate(design, outputs, bootstrap);
}

}  // namespace workrights
