#pragma once
// Random numbers for simulations: draw i of a run with seed S has its own stream derived from (S, i), so
// results do not depend on thread count, scheduling or how draws are split across processes. The sampling
// code is the engine's own: standard-library distributions differ between implementations.
#include <cstdint>

namespace workrights {

class DrawRng {
 public:
  DrawRng(uint64_t seed, uint64_t draw, uint64_t stream = 0);
  uint64_t Next();
  double Uniform01();  ///< [0, 1), 53 random bits
  double Uniform(double lo, double hi);
  double Triangular(double lo, double mode, double hi);
  /// Normal(mean, sd) truncated to [lo, hi], by inverse CDF (no rejection loop, so a fixed number of draws).
  double TruncatedNormal(double mean, double sd, double lo, double hi);
  bool Bernoulli(double p);

 private:
  uint64_t s_[4];
};

double NormalCdf(double x);
double NormalQuantile(double p);  ///< inverse of NormalCdf for p in (0, 1)

}  // namespace workrights
