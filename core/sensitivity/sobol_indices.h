#pragma once
// First-order and total-effect Sobol' indices from the runs of a Saltelli design, with bootstrap confidence
// intervals. First order: Saltelli et al. (2010), Table 2 (b), S_g = mean_j f(B)_j (f(AB^g)_j - f(A)_j) / V, with
// f(B) centred on the mean of f(A) and f(B) (the same estimate in expectation, less noise when the mean is far
// from 0). Total effect: Jansen (1999), ST_g = mean_j (f(A)_j - f(AB^g)_j)^2 / 2 / V. V is the variance of the
// 2N runs of A and B. A target of several outputs (for example every country's membership of the top K) takes
// the sums of their numerators over the sum of their variances: the share of the outputs' total variance each
// group explains (Gamboa, Janon, Klein & Lagnoux 2014).
#include <cstdint>
#include <vector>

#include "core/sensitivity/saltelli_design.h"

namespace workrights {

/// An index with the bounds of its bootstrap percentile interval; NaN when it cannot be estimated.
struct IndexEstimate {
  double value, low, high;
};

struct GroupIndices {
  IndexEstimate first, total;
};

struct TargetIndices {
  double mean = 0;      ///< of the 2N runs of A and B (summed over outputs)
  double variance = 0;  ///< the same; 0 when the target does not vary, and then every index is NaN
  bool known = true;    ///< false when an output was unknown (NaN) in a run: no index is estimated
  std::vector<GroupIndices> groups;
};

/// Resampled base-sample numbers, shared by every target of an analysis so the intervals of different targets
/// come from the same resamples: [resample][N], drawn from `seed`.
class BootstrapPlan {
 public:
  BootstrapPlan(size_t base_samples, size_t resamples, uint64_t seed, double confidence = 0.95);
  size_t resamples() const { return resamples_; }
  double confidence() const { return confidence_; }
  const uint32_t* Resample(size_t r) const { return &samples_[r * n_]; }

 private:
  size_t n_, resamples_;
  double confidence_;
  std::vector<uint32_t> samples_;
};

/// The indices of one target from its outputs, each indexed by the design's rows (outputs[o][row]).
TargetIndices EstimateIndices(const SaltelliDesign& design, const std::vector<const double*>& outputs,
                              const BootstrapPlan& bootstrap);
/// The same for outputs kept in single precision (a large analysis's runs; the sums are in double).
TargetIndices EstimateIndices(const SaltelliDesign& design, const std::vector<const float*>& outputs,
                              const BootstrapPlan& bootstrap);

}  // namespace workrights
