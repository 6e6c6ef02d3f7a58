#pragma once
// The sample design of a variance-based sensitivity analysis (Saltelli 2002; Saltelli et al. 2010): two base
// matrices A and B of N rows each, from 2D-dimensional Sobol' points (the first D coordinates make A's row, the
// next D make B's), and per input group g the matrix AB^g: A with g's columns taken from B. The model is run on
// every row of every matrix: N (k + 2) runs for k groups. A group may span several columns (several uncertain
// numbers that are one assumption); its indices are then those of the group as a whole.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace workrights {

class SaltelliDesign {
 public:
  /// `group_columns`: the columns of each input group, in order. The points are shifted by a random digital
  /// shift (XOR, one per column) from `seed`, which keeps their low-discrepancy structure and makes a new seed
  /// an independent replicate. N is best a power of two (the points are then a complete net).
  /// Throws std::invalid_argument when there are no groups, a group has no column, N < 2, or 2D is more than
  /// the Sobol' dimensions shipped.
  SaltelliDesign(std::vector<size_t> group_columns, size_t base_samples, uint64_t seed);

  size_t groups() const { return first_column_.size() - 1; }
  size_t columns() const { return first_column_.back(); }
  size_t base_samples() const { return n_; }
  size_t FirstColumn(size_t group) const { return first_column_[group]; }
  size_t Columns(size_t group) const { return first_column_[group + 1] - first_column_[group]; }

  /// Rows per base sample: A, B, then AB^g for each group.
  size_t rows_per_sample() const { return groups() + 2; }
  size_t rows() const { return n_ * rows_per_sample(); }
  /// Sample j's rows are consecutive: j (k + 2) is A_j, + 1 is B_j, + 2 + g is AB^g_j.
  size_t RowOfA(size_t sample) const { return sample * rows_per_sample(); }
  size_t RowOfB(size_t sample) const { return sample * rows_per_sample() + 1; }
  size_t RowOfAB(size_t sample, size_t group) const { return sample * rows_per_sample() + 2 + group; }
  /// The group whose columns the row takes from B; nullopt for rows of A and B.
  std::optional<size_t> SwappedGroup(size_t row) const;
  /// The base sample a row belongs to.
  size_t SampleOf(size_t row) const { return row / rows_per_sample(); }

  /// The inputs of one row, each in [0, 1): out[columns()].
  void Row(size_t row, double* out) const;

 private:
  size_t n_;
  std::vector<size_t> first_column_;  ///< [group], then the total
  std::vector<double> a_, b_;         ///< [sample][column]
};

}  // namespace workrights
