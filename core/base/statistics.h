#pragma once
// Summary statistics of Monte Carlo draws, computed in a fixed order so results are reproducible.
#include <cstddef>
#include <vector>

namespace workrights {

struct Summary {
  size_t n = 0;  ///< values that were known (NaN values are skipped)
  double mean = 0, sd = 0, se = 0, p5 = 0, p50 = 0, p95 = 0;
};

/// Mean, sample standard deviation, Monte Carlo standard error of the mean (sd / sqrt(n)) and quantiles
/// (linear interpolation between order statistics, as R's type 7).
Summary Summarize(std::vector<double> values);
/// The same, working in `values` itself (NaNs removed, order changed), so a caller can reuse its buffer.
Summary SummarizeInPlace(std::vector<double>& values);

double Quantile(const std::vector<double>& sorted, double p);

}  // namespace workrights
