// The Sobol' generator: Joe & Kuo's table as published, the same points as an independent implementation
// (Boost.Random's sobol_engine), and the net property that makes Saltelli sampling converge fast.
#include <catch2/catch.hpp>

#include <boost/random/sobol.hpp>

#include "core/sensitivity/saltelli_design.h"
#include "core/sensitivity/sobol_sequence.h"

using namespace workrights;

TEST_CASE("The direction numbers start as new-joe-kuo-6.21201 does", "[sensitivity]") {
  const auto& dirs = JoeKuoDirections();
  REQUIRE(dirs.size() >= 1023);
  // d s a m_i, the first rows of the published file.
  REQUIRE(dirs[0].d == 2);
  REQUIRE(dirs[0].s == 1);
  REQUIRE(dirs[0].a == 0);
  REQUIRE(dirs[0].m == std::vector<uint32_t>{1});
  REQUIRE(dirs[5].d == 7);
  REQUIRE(dirs[5].s == 4);
  REQUIRE(dirs[5].a == 4);
  REQUIRE(dirs[5].m == std::vector<uint32_t>{1, 3, 5, 13});
  REQUIRE(dirs[8].d == 10);
  REQUIRE(dirs[8].m == std::vector<uint32_t>{1, 1, 7, 11, 19});
  for (size_t i = 0; i < dirs.size(); ++i) {
    REQUIRE(dirs[i].d == static_cast<int>(i) + 2);
    REQUIRE(dirs[i].m.size() == static_cast<size_t>(dirs[i].s));
    for (size_t j = 0; j < dirs[i].m.size(); ++j) {
      // Each m_j is odd and below 2^j.
      REQUIRE(dirs[i].m[j] % 2 == 1);
      REQUIRE(dirs[i].m[j] < (1u << (j + 1)));
    }
  }
}

TEST_CASE("Sobol' points are Boost.Random's in every shipped dimension", "[sensitivity]") {
  const size_t dims = SobolSequence::MaxDimensions();
  SobolSequence ours(dims);
  boost::random::sobol_engine<uint32_t, 32> boost_sobol(dims);
  std::vector<uint32_t> point(dims);
  // Boost starts at the first point after the origin.
  for (uint64_t i = 1; i <= 300; ++i) {
    ours.PointBits(i, point.data());
    for (size_t d = 0; d < dims; ++d) REQUIRE(point[d] == boost_sobol());
  }
}

TEST_CASE("The first points of dimensions 1 and 2 are the textbook ones", "[sensitivity]") {
  SobolSequence s(2);
  double x[2];
  const double expected[][2] = {{0, 0}, {0.5, 0.5}, {0.75, 0.25}, {0.25, 0.75}, {0.375, 0.375}, {0.875, 0.875}};
  for (uint64_t i = 0; i < 6; ++i) {
    s.Point(i, x);
    REQUIRE(x[0] == expected[i][0]);
    REQUIRE(x[1] == expected[i][1]);
  }
}

TEST_CASE("The first 2^m points put exactly one point in each of 2^m equal slices of every dimension",
          "[sensitivity]") {
  const size_t dims = 64, n = 1024;
  SobolSequence s(dims);
  std::vector<double> x(dims);
  std::vector<std::vector<int>> count(dims, std::vector<int>(n, 0));
  for (uint64_t i = 0; i < n; ++i) {
    s.Point(i, x.data());
    for (size_t d = 0; d < dims; ++d) ++count[d][static_cast<size_t>(x[d] * n)];
  }
  for (size_t d = 0; d < dims; ++d) {
    for (size_t b = 0; b < n; ++b) REQUIRE(count[d][b] == 1);
  }
}

TEST_CASE("Asking for more Sobol' dimensions than shipped is a clear error", "[sensitivity]") {
  REQUIRE_THROWS_WITH(SobolSequence(SobolSequence::MaxDimensions() + 1),
                      "a Sobol' sequence of 1025 dimensions: at most 1024 are shipped");
  REQUIRE_THROWS_WITH(SaltelliDesign(std::vector<size_t>(600, 1), 16, 1),
                      "600 uncertain inputs need 1200 Sobol' dimensions; at most 1024 are shipped");
}

TEST_CASE("A Saltelli design's AB rows are A with one group's columns from B", "[sensitivity]") {
  SaltelliDesign d({1, 2, 1}, 8, 3);
  REQUIRE(d.columns() == 4);
  REQUIRE(d.rows() == 8 * 5);
  std::vector<double> a(4), b(4), ab(4);
  for (size_t j = 0; j < 8; ++j) {
    d.Row(d.RowOfA(j), a.data());
    d.Row(d.RowOfB(j), b.data());
    d.Row(d.RowOfAB(j, 1), ab.data());
    REQUIRE(ab == std::vector<double>{a[0], b[1], b[2], a[3]});
    REQUIRE(d.SwappedGroup(d.RowOfAB(j, 1)) == std::optional<size_t>(1));
    REQUIRE(!d.SwappedGroup(d.RowOfB(j)));
    for (double v : a) REQUIRE((v >= 0 && v < 1));
  }
  // Another seed shifts every point; the same seed gives the same points.
  SaltelliDesign same({1, 2, 1}, 8, 3), other({1, 2, 1}, 8, 4);
  std::vector<double> x(4), y(4), z(4);
  d.Row(5, x.data());
  same.Row(5, y.data());
  other.Row(5, z.data());
  REQUIRE(x == y);
  REQUIRE(x != z);
}
