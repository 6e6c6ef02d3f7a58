#include "core/simulate/random.h"

#include <algorithm>
#include <cmath>

namespace workrights {
namespace {

uint64_t SplitMix64(uint64_t& x) {
  uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

inline uint64_t Rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

}  // namespace

DrawRng::DrawRng(uint64_t seed, uint64_t draw, uint64_t stream) {
  // Mix the three keys through SplitMix64 so neighbouring draws get unrelated xoshiro256** states.
  uint64_t x = seed;
  uint64_t a = SplitMix64(x);
  x = a ^ (draw * 0xd1342543de82ef95ULL);
  uint64_t b = SplitMix64(x);
  x = b ^ (stream * 0xaf251af3b0f025b5ULL);
  for (auto& s : s_) s = SplitMix64(x);
}

uint64_t DrawRng::Next() {
  uint64_t result = Rotl(s_[1] * 5, 7) * 9;
  uint64_t t = s_[1] << 17;
  s_[2] ^= s_[0];
  s_[3] ^= s_[1];
  s_[1] ^= s_[2];
  s_[0] ^= s_[3];
  s_[2] ^= t;
  s_[3] = Rotl(s_[3], 45);
  return result;
}

double DrawRng::Uniform01() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }

double DrawRng::Uniform(double lo, double hi) { return lo + (hi - lo) * Uniform01(); }

double DrawRng::Triangular(double lo, double mode, double hi) {
  double u = Uniform01();
  if (hi <= lo) return lo;
  double cut = (mode - lo) / (hi - lo);
  if (u < cut) return lo + std::sqrt(u * (hi - lo) * (mode - lo));
  return hi - std::sqrt((1 - u) * (hi - lo) * (hi - mode));
}

double DrawRng::TruncatedNormal(double mean, double sd, double lo, double hi) {
  double a = NormalCdf((lo - mean) / sd), b = NormalCdf((hi - mean) / sd);
  double u = a + (b - a) * Uniform01();
  u = std::clamp(u, 1e-300, 1 - 1e-16);
  return std::clamp(mean + sd * NormalQuantile(u), lo, hi);
}

bool DrawRng::Bernoulli(double p) { return Uniform01() < p; }

double NormalCdf(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }

double NormalQuantile(double p) {
  // Acklam's rational approximation, then one Halley step against erfc for full double precision.
  static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                             1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
  static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                             6.680131188771972e+01, -1.328068155288572e+01};
  static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                             -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
  static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                             3.754408661907416e+00};
  const double low = 0.02425, high = 1 - low;
  double x;
  if (p < low) {
    double q = std::sqrt(-2 * std::log(p));
    x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
        ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  } else if (p <= high) {
    double q = p - 0.5, r = q * q;
    x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
        (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  } else {
    double q = std::sqrt(-2 * std::log(1 - p));
    x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
        ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  double e = NormalCdf(x) - p;
  double u = e * std::sqrt(2 * M_PI) * std::exp(x * x / 2);
  return x - u / (1 + x * u / 2);
}

}  // namespace workrights
