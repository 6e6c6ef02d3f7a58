#include "core/sensitivity/saltelli_design.h"

#include <stdexcept>
#include <string>

#include "core/sensitivity/sobol_sequence.h"
#include "core/simulate/random.h"

namespace workrights {
namespace {

// The digital shift's stream: apart from every simulation draw's, which use the country's hash.
constexpr uint64_t kShiftStream = 0x5a17e111;

}  // namespace

SaltelliDesign::SaltelliDesign(std::vector<size_t> group_columns, size_t base_samples, uint64_t seed)
    : n_(base_samples) {
  if (group_columns.empty()) throw std::invalid_argument("a sensitivity analysis needs at least one input group");
  if (base_samples < 2) throw std::invalid_argument("a sensitivity analysis needs at least 2 base samples");
  first_column_.push_back(0);
  for (size_t g = 0; g < group_columns.size(); ++g) {
    if (group_columns[g] == 0) throw std::invalid_argument("input group " + std::to_string(g + 1) + " has no column");
    first_column_.push_back(first_column_.back() + group_columns[g]);
  }
  const size_t d = columns();
  if (2 * d > SobolSequence::MaxDimensions()) {
    throw std::invalid_argument(std::to_string(d) + " uncertain inputs need " + std::to_string(2 * d) +
                                " Sobol' dimensions; at most " + std::to_string(SobolSequence::MaxDimensions()) +
                                " are shipped");
  }
  SobolSequence sobol(2 * d);
  DrawRng rng(seed, 0, kShiftStream);
  std::vector<uint32_t> shift(2 * d), bits(2 * d);
  for (auto& s : shift) s = static_cast<uint32_t>(rng.Next() >> 32);
  a_.resize(n_ * d);
  b_.resize(n_ * d);
  for (size_t j = 0; j < n_; ++j) {
    sobol.PointBits(j, bits.data());
    for (size_t c = 0; c < d; ++c) {
      a_[j * d + c] = static_cast<double>(bits[c] ^ shift[c]) * 0x1p-32;
      b_[j * d + c] = static_cast<double>(bits[d + c] ^ shift[d + c]) * 0x1p-32;
    }
  }
}

std::optional<size_t> SaltelliDesign::SwappedGroup(size_t row) const {
  const size_t m = row % rows_per_sample();
  if (m < 2) return std::nullopt;
  return m - 2;
}

void SaltelliDesign::Row(size_t row, double* out) const {
  const size_t d = columns(), j = SampleOf(row), m = row % rows_per_sample();
  const double* from = m == 1 ? &b_[j * d] : &a_[j * d];
  for (size_t c = 0; c < d; ++c) out[c] = from[c];
  if (m < 2) return;
  const size_t g = m - 2;
  for (size_t c = first_column_[g]; c < first_column_[g + 1]; ++c) out[c] = b_[j * d + c];
}

}  // namespace workrights
