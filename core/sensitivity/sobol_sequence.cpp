#include "core/sensitivity/sobol_sequence.h"

#include <stdexcept>
#include <string>

namespace workrights {
namespace {

// The direction numbers m_1..m_32 of one dimension from its polynomial by the recurrence of Bratley & Fox
// (Joe & Kuo 2008, eq. 1): m_i = 2 a_1 m_(i-1) ^ 4 a_2 m_(i-2) ^ ... ^ 2^(s-1) a_(s-1) m_(i-s+1) ^ 2^s m_(i-s) ^ m_(i-s).
std::vector<uint32_t> DirectionNumbers(const SobolDirection& dir) {
  const int s = dir.s;
  std::vector<uint32_t> m(SobolSequence::kBits);
  for (int i = 0; i < s && i < SobolSequence::kBits; ++i) m[static_cast<size_t>(i)] = dir.m[static_cast<size_t>(i)];
  for (int i = s; i < SobolSequence::kBits; ++i) {
    uint32_t next = m[static_cast<size_t>(i - s)] ^ (m[static_cast<size_t>(i - s)] << s);
    for (int k = 1; k < s; ++k) {
      const uint32_t a_k = (dir.a >> (s - 1 - k)) & 1u;
      if (a_k) next ^= m[static_cast<size_t>(i - k)] << k;
    }
    m[static_cast<size_t>(i)] = next;
  }
  return m;
}

}  // namespace

size_t SobolSequence::MaxDimensions() { return JoeKuoDirections().size() + 1; }

SobolSequence::SobolSequence(size_t dimensions) : dimensions_(dimensions), v_(kBits * dimensions) {
  if (dimensions > MaxDimensions()) {
    throw std::invalid_argument("a Sobol' sequence of " + std::to_string(dimensions) + " dimensions: at most " +
                                std::to_string(MaxDimensions()) + " are shipped");
  }
  for (size_t d = 0; d < dimensions; ++d) {
    // Dimension 1: every m_j = 1 (van der Corput); the others from Joe & Kuo's table.
    std::vector<uint32_t> m = d == 0 ? std::vector<uint32_t>(kBits, 1u) : DirectionNumbers(JoeKuoDirections()[d - 1]);
    for (int j = 0; j < kBits; ++j) v_[static_cast<size_t>(j) * dimensions + d] = m[static_cast<size_t>(j)] << (kBits - 1 - j);
  }
}

void SobolSequence::PointBits(uint64_t index, uint32_t* out) const {
  for (size_t d = 0; d < dimensions_; ++d) out[d] = 0;
  // The Gray code of the index says which direction numbers the point XORs together.
  const uint64_t gray = index ^ (index >> 1);
  for (int j = 0; j < kBits; ++j) {
    if (!((gray >> j) & 1u)) continue;
    const uint32_t* v = &v_[static_cast<size_t>(j) * dimensions_];
    for (size_t d = 0; d < dimensions_; ++d) out[d] ^= v[d];
  }
}

void SobolSequence::Point(uint64_t index, double* out) const {
  std::vector<uint32_t> bits(dimensions_);
  PointBits(index, bits.data());
  for (size_t d = 0; d < dimensions_; ++d) out[d] = static_cast<double>(bits[d]) * 0x1p-32;
}

}  // namespace workrights
