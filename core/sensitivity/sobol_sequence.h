#pragma once
// Sobol' low-discrepancy points in base 2 (Bratley & Fox 1988, Algorithm 659; Joe & Kuo 2008), the quasi-random
// sequence behind Saltelli sampling. Dimension 1 is the van der Corput sequence; dimensions 2 and up take the
// direction numbers of S. Joe and F. Y. Kuo, "Constructing Sobol sequences with better two-dimensional
// projections", SIAM J. Sci. Comput. 30 (2008) 2635-2654, file new-joe-kuo-6.21201 (its first dimensions are in
// core/sensitivity/sobol_direction_numbers.cpp, written by scripts/gen-sobol-directions).
#include <cstddef>
#include <cstdint>
#include <vector>

namespace workrights {

/// One row of new-joe-kuo-6.21201: dimension d, degree s of its primitive polynomial
/// x^s + a_1 x^(s-1) + ... + a_(s-1) x + 1, the bits a_1..a_(s-1) of `a` (a_1 highest), initial numbers m_1..m_s.
struct SobolDirection {
  int d = 0;
  int s = 0;
  uint32_t a = 0;
  std::vector<uint32_t> m;
};

/// The shipped rows, for dimensions 2, 3, ... in order.
const std::vector<SobolDirection>& JoeKuoDirections();

/// Points of a Sobol' sequence with 32-bit precision (2^32 points at most), in Gray-code order (Antonov & Saleev
/// 1979): the same points, in the same order, as the usual recursive generator; point 0 is the origin.
class SobolSequence {
 public:
  static constexpr int kBits = 32;

  /// Throws std::invalid_argument beyond the shipped dimensions (MaxDimensions()).
  explicit SobolSequence(size_t dimensions);
  static size_t MaxDimensions();
  size_t dimensions() const { return dimensions_; }

  /// The integer coordinates of point `index` (each a 32-bit binary fraction), computed directly from the index,
  /// so any range of points can be made without the ones before it.
  void PointBits(uint64_t index, uint32_t* out) const;
  /// Point `index` in [0, 1)^dimensions.
  void Point(uint64_t index, double* out) const;

 private:
  size_t dimensions_;
  std::vector<uint32_t> v_;  ///< [bit][dimension]: direction numbers v_j = m_j / 2^j as 32-bit fractions
};

}  // namespace workrights
