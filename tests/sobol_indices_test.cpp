// The Sobol' index estimators against functions whose indices are known exactly (Ishigami; Sobol' G-function),
// through the same design and estimator code that `workrights rank --sensitivity sobol` uses. Tolerances are
// absolute, on indices between 0 and 1, and hold for each of five seeds.
#include <catch2/catch.hpp>

#include <cmath>
#include <functional>

#include "core/sensitivity/saltelli_design.h"
#include "core/sensitivity/sobol_indices.h"

using namespace workrights;

namespace {

using Model = std::function<double(const double*)>;

TargetIndices Analyse(const std::vector<size_t>& groups, size_t n, uint64_t seed, const Model& f,
                      size_t resamples = 100) {
  SaltelliDesign design(groups, n, seed);
  std::vector<double> x(design.columns()), y(design.rows());
  for (size_t r = 0; r < design.rows(); ++r) {
    design.Row(r, x.data());
    y[r] = f(x.data());
  }
  return EstimateIndices(design, std::vector<const double*>{y.data()}, BootstrapPlan(n, resamples, seed));
}

// Ishigami & Homma (1990), a = 7, b = 0.1, inputs uniform on [-pi, pi].
constexpr double kA = 7, kB = 0.1;
double Ishigami(const double* u) {
  const double x1 = -M_PI + 2 * M_PI * u[0], x2 = -M_PI + 2 * M_PI * u[1], x3 = -M_PI + 2 * M_PI * u[2];
  return std::sin(x1) + kA * std::sin(x2) * std::sin(x2) + kB * std::pow(x3, 4) * std::sin(x1);
}
// Its partial variances (Saltelli et al. 2008, Global Sensitivity Analysis: The Primer, 4.8).
const double kV1 = 0.5 * std::pow(1 + kB * std::pow(M_PI, 4) / 5, 2);
const double kV2 = kA * kA / 8;
const double kV13 = kB * kB * std::pow(M_PI, 8) * (1.0 / 18 - 1.0 / 50);
const double kV = kV1 + kV2 + kV13;

struct Expected {
  double first, total;
};

void RequireClose(const TargetIndices& t, const std::vector<Expected>& expected, double tolerance) {
  REQUIRE(t.groups.size() == expected.size());
  for (size_t g = 0; g < expected.size(); ++g) {
    INFO("group " << g);
    REQUIRE(t.groups[g].first.value == Approx(expected[g].first).margin(tolerance));
    REQUIRE(t.groups[g].total.value == Approx(expected[g].total).margin(tolerance));
  }
}

// The G-function of Sobol' (1993): prod (|4 x_i - 2| + a_i) / (1 + a_i) on [0, 1]^8.
const std::vector<double> kG = {0, 1, 4.5, 9, 99, 99, 99, 99};
double GFunction(const double* u) {
  double p = 1;
  for (size_t i = 0; i < kG.size(); ++i) p *= (std::fabs(4 * u[i] - 2) + kG[i]) / (1 + kG[i]);
  return p;
}
std::vector<Expected> GIndices() {
  std::vector<double> vi;
  double v = 1;
  for (double a : kG) {
    vi.push_back(1 / (3 * (1 + a) * (1 + a)));
    v *= 1 + vi.back();
  }
  v -= 1;
  std::vector<Expected> out;
  for (size_t i = 0; i < kG.size(); ++i) {
    double total = vi[i];
    for (size_t j = 0; j < kG.size(); ++j) total *= j == i ? 1 : 1 + vi[j];
    out.push_back({vi[i] / v, total / v});
  }
  return out;
}

}  // namespace

TEST_CASE("Ishigami: indices within 0.01 at N = 8192 and 0.04 at N = 1024", "[sensitivity]") {
  const std::vector<Expected> exact = {{kV1 / kV, (kV1 + kV13) / kV}, {kV2 / kV, kV2 / kV}, {0, kV13 / kV}};
  REQUIRE(exact[0].first == Approx(0.3139).margin(1e-4));  // the published values
  REQUIRE(exact[2].total == Approx(0.2437).margin(1e-4));
  for (uint64_t seed = 1; seed <= 5; ++seed) {
    INFO("seed " << seed);
    RequireClose(Analyse({1, 1, 1}, 8192, seed, Ishigami), exact, 0.01);
    RequireClose(Analyse({1, 1, 1}, 1024, seed, Ishigami), exact, 0.04);
  }
}

TEST_CASE("Ishigami: the 95% bootstrap intervals at N = 8192 hold the exact indices", "[sensitivity]") {
  const std::vector<Expected> exact = {{kV1 / kV, (kV1 + kV13) / kV}, {kV2 / kV, kV2 / kV}, {0, kV13 / kV}};
  const TargetIndices t = Analyse({1, 1, 1}, 8192, 1, Ishigami, 200);
  for (size_t g = 0; g < 3; ++g) {
    INFO("group " << g);
    REQUIRE(t.groups[g].first.low <= exact[g].first);
    REQUIRE(exact[g].first <= t.groups[g].first.high);
    REQUIRE(t.groups[g].total.low <= exact[g].total);
    REQUIRE(exact[g].total <= t.groups[g].total.high);
    // and are narrow: a few hundredths
    REQUIRE(t.groups[g].first.high - t.groups[g].first.low < 0.06);
    REQUIRE(t.groups[g].total.high - t.groups[g].total.low < 0.07);
  }
  REQUIRE(t.variance == Approx(kV).epsilon(0.02));
}

TEST_CASE("Ishigami: a group of two inputs gets the indices of the pair", "[sensitivity]") {
  // Group {x1, x3} explains V1 + V13 alone and with x2 nothing more (x2 does not interact).
  auto reordered = [](const double* u) {
    const double x[3] = {u[0], u[2], u[1]};
    return Ishigami(x);
  };
  const double pair = (kV1 + kV13) / kV;
  RequireClose(Analyse({2, 1}, 8192, 1, reordered), {{pair, pair}, {kV2 / kV, kV2 / kV}}, 0.01);
}

TEST_CASE("Sobol' G-function: indices within 0.005 at N = 8192 and 0.03 at N = 1024", "[sensitivity]") {
  const std::vector<size_t> groups(kG.size(), 1);
  for (uint64_t seed = 1; seed <= 5; ++seed) {
    INFO("seed " << seed);
    RequireClose(Analyse(groups, 8192, seed, GFunction), GIndices(), 0.005);
    RequireClose(Analyse(groups, 1024, seed, GFunction), GIndices(), 0.03);
  }
}

TEST_CASE("Several outputs: numerators and variances are summed", "[sensitivity]") {
  // Output 1 depends only on x1, output 2 only on x2, with three times the variance: x1 explains a quarter.
  SaltelliDesign design({1, 1}, 1024, 1);
  std::vector<double> x(2), y1(design.rows()), y2(design.rows());
  for (size_t r = 0; r < design.rows(); ++r) {
    design.Row(r, x.data());
    y1[r] = x[0];
    y2[r] = std::sqrt(3.0) * x[1];
  }
  const TargetIndices t = EstimateIndices(design, std::vector<const double*>{y1.data(), y2.data()}, BootstrapPlan(1024, 50, 1));
  REQUIRE(t.groups[0].first.value == Approx(0.25).margin(0.01));
  REQUIRE(t.groups[0].total.value == Approx(0.25).margin(0.01));
  REQUIRE(t.groups[1].total.value == Approx(0.75).margin(0.01));
}

TEST_CASE("A constant or unknown output has no indices", "[sensitivity]") {
  SaltelliDesign design({1, 1}, 64, 1);
  std::vector<double> constant(design.rows(), 0.4), unknown(design.rows(), 0.4);
  unknown[7] = std::nan("");
  const BootstrapPlan plan(64, 20, 1);
  const TargetIndices c = EstimateIndices(design, std::vector<const double*>{constant.data()}, plan);
  REQUIRE(c.known);
  REQUIRE(c.variance == 0);
  REQUIRE(std::isnan(c.groups[0].first.value));
  const TargetIndices u = EstimateIndices(design, std::vector<const double*>{unknown.data()}, plan);
  REQUIRE(!u.known);
  REQUIRE(std::isnan(u.groups[1].total.value));
}
