#include <catch2/catch.hpp>

#include <cmath>

#include "core/assess/aggregator.h"
#include "core/load/profile_loader.h"
#include "core/assess/evaluator.h"
#include "reports/assessment/json_writer.h"
#include "tests/test_support.h"

using namespace workrights;
using namespace workrights::testing;

namespace {

PackInfo TwoDomainPack(Aggregation how) {
  PackInfo p;
  p.aggregation = how;
  p.domains = {{"right_to_work", "Right to work", 0.6}, {"labour_rights", "Labour rights", 0.4}};
  auto rule = [](const char* id, int domain, Dimension dim, double w) {
    RuleInfo r;
    r.id = id;
    r.domain = domain;
    r.dimension = dim;
    r.weight = w;
    return r;
  };
  p.rules = {rule("a", 0, Dimension::kDeJure, 2), rule("b", 0, Dimension::kDeFacto, 1),
             rule("c", 1, Dimension::kDeJure, 1), rule("d", 1, Dimension::kDeFacto, 1)};
  return p;
}

RuleResult Ok(double s) {
  RuleResult r;
  r.status = RuleStatus::kOk;
  r.score = s;
  return r;
}

RuleResult Unknown(FactId missing) {
  RuleResult r;
  r.status = RuleStatus::kUnknown;
  r.missing = {missing};
  return r;
}

}  // namespace

TEST_CASE("weighted means: arithmetic, geometric, zero weights and no items", "[aggregate]") {
  CHECK(*WeightedMean({{1, 3}, {0, 1}}, Aggregation::kArithmetic) == Approx(0.75));
  CHECK(*WeightedMean({{0.25, 1}, {1, 1}}, Aggregation::kGeometric) == Approx(0.5));
  CHECK(*WeightedMean({{0, 1}, {1, 1}}, Aggregation::kGeometric) == 0);  // no compensation for a total gap
  CHECK(*WeightedMean({{0.2, 0}, {0.8, 1}}, Aggregation::kArithmetic) == Approx(0.8));
  CHECK_FALSE(WeightedMean({}, Aggregation::kArithmetic).has_value());
}

TEST_CASE("domain, dimension and overall scores, the gap and coverage, by hand", "[aggregate]") {
  PackInfo pack = TwoDomainPack(Aggregation::kArithmetic);
  CountryAssessment c;
  c.results = {Ok(1.0), Ok(0.25), Ok(0.5), Unknown(7)};
  Aggregate(pack, c);
  // right_to_work: (2*1 + 1*0.25) / 3 = 0.75; de jure 1, de facto 0.25, gap 0.75, coverage 1
  CHECK(*c.domains[0].score == Approx(0.75));
  CHECK(*c.domains[0].gap == Approx(0.75));
  CHECK(c.domains[0].coverage == Approx(1.0));
  // labour_rights: only c known: 0.5; de facto unknown, so no gap; coverage 1/2
  CHECK(*c.domains[1].score == Approx(0.5));
  CHECK_FALSE(c.domains[1].de_facto.has_value());
  CHECK_FALSE(c.domains[1].gap.has_value());
  CHECK(c.domains[1].coverage == Approx(0.5));
  // overall (0.6*0.75 + 0.4*0.5) / 1.0 = 0.65; de jure (0.6*1 + 0.4*0.5) = 0.8; de facto only domain 1: 0.25
  CHECK(*c.overall == Approx(0.65));
  CHECK(*c.de_jure == Approx(0.8));
  CHECK(*c.de_facto == Approx(0.25));
  CHECK(*c.gap == Approx(0.55));
  // coverage: 0.6*1 + 0.4*0.5 = 0.8
  CHECK(c.coverage == Approx(0.8));
  CHECK(c.rules_ok == 3);
  CHECK(c.rules_unknown == 1);
  // the missing fact would add rule d's share: 0.4 * 1/2 = 0.2
  REQUIRE(c.missing_facts.size() == 1);
  CHECK(c.missing_facts[0].fact == 7);
  CHECK(c.missing_facts[0].coverage_gain == Approx(0.2));
  CHECK(c.missing_facts[0].rules == std::vector<int>{3});
}

TEST_CASE("unknown results are left out of scores, never counted as zero", "[aggregate]") {
  PackInfo pack = TwoDomainPack(Aggregation::kArithmetic);
  CountryAssessment c;
  c.results = {Ok(1.0), Unknown(1), Unknown(1), Unknown(2)};
  Aggregate(pack, c);
  CHECK(*c.overall == Approx(1.0));
  CHECK_FALSE(c.domains[1].score.has_value());
  CHECK(c.coverage == Approx(0.6 * 2.0 / 3.0));
  REQUIRE(c.missing_facts.size() == 2);
  CHECK(c.missing_facts[0].fact == 1);  // blocks b and c: 0.6/3 + 0.4/2 = 0.4
  CHECK(c.missing_facts[0].coverage_gain == Approx(0.4));
}

TEST_CASE("errors count neither as known nor as scores", "[aggregate]") {
  PackInfo pack = TwoDomainPack(Aggregation::kGeometric);
  CountryAssessment c;
  RuleResult err;
  err.status = RuleStatus::kError;
  c.results = {Ok(0.25), Ok(1.0), err, Ok(1.0)};
  Aggregate(pack, c);
  CHECK(c.rules_error == 1);
  CHECK(*c.domains[0].score == Approx(std::pow(0.25, 2.0 / 3.0)));
  CHECK(c.domains[1].coverage == Approx(0.5));
}

TEST_CASE("the same inputs give byte-identical JSON with 1 and 2 threads", "[aggregate][determinism]") {
  Dataset ds = LoadDataset(RepoDir() + "/data");
  RulePack pack = LoadRulePack(RepoDir() + "/rules/standard", ds.catalogue);
  WorkerPool one(pack, ds.catalogue, 1), two(pack, ds.catalogue, 2);
  std::string a = JsonText(AssessmentToJson(Assess(pack, ds, one, AssessOptions{})));
  std::string b = JsonText(AssessmentToJson(Assess(pack, ds, two, AssessOptions{})));
  std::string c = JsonText(AssessmentToJson(Assess(pack, ds, two, AssessOptions{})));
  CHECK(a.size() > 1000);
  CHECK(a == b);
  CHECK(b == c);
}
