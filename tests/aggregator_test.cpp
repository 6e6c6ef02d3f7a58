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
  r.score = r.lower = r.upper = s;
  return r;
}

// An unknown rule that read `missing` (not stated), with the bounds the rule could still reach.
RuleResult Unknown(FactId missing, double lower = 0, double upper = 1) {
  RuleResult r;
  r.status = RuleStatus::kUnknown;
  r.missing = {missing};
  FactRead read;
  read.fact = missing;
  r.reads = {read};
  r.lower = lower;
  r.upper = upper;
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

TEST_CASE("domain, dimension and overall intervals, the gap and coverage, by hand", "[aggregate]") {
  PackInfo pack = TwoDomainPack(Aggregation::kArithmetic);
  CountryAssessment c;
  c.results = {Ok(1.0), Ok(0.25), Ok(0.5), Unknown(7)};
  Aggregate(pack, c);
  // right_to_work: law 1, practice 0.25, half each: 0.625, exact; gap 0.75
  CHECK(c.domains[0].score->point == Approx(0.625));
  CHECK(c.domains[0].score->exact());
  CHECK(c.domains[0].gap->point == Approx(0.75));
  CHECK(c.domains[0].coverage == Approx(1.0));
  // labour_rights: law 0.5, practice unknown [0, 1]: score [0.25, 0.75]; gap [-0.5, 0.5]; coverage 1/2
  CHECK(c.domains[1].score->lower == Approx(0.25));
  CHECK(c.domains[1].score->upper == Approx(0.75));
  CHECK(c.domains[1].gap->lower == Approx(-0.5));
  CHECK(c.domains[1].gap->upper == Approx(0.5));
  CHECK(c.domains[1].coverage == Approx(0.5));
  // overall 0.6 x 0.625 + 0.4 x [0.25, 0.75] = [0.475, 0.675]; law (0.3 x 1 + 0.2 x 0.5) / 0.5 = 0.8;
  // practice (0.3 x 0.25 + 0.2 x [0, 1]) / 0.5 = [0.15, 0.55]; overall = half law + half practice
  CHECK(c.overall->lower == Approx(0.475));
  CHECK(c.overall->upper == Approx(0.675));
  CHECK(c.overall->point == Approx(0.575));
  CHECK(c.de_jure->point == Approx(0.8));
  CHECK(c.de_jure->exact());
  CHECK(c.de_facto->lower == Approx(0.15));
  CHECK(c.de_facto->upper == Approx(0.55));
  CHECK(c.gap->lower == Approx(0.8 - 0.55));
  CHECK(c.gap->upper == Approx(0.8 - 0.15));
  CHECK(c.coverage == Approx(0.8));
  CHECK(c.rules_ok == 3);
  CHECK(c.rules_unknown == 1);
  // the missing fact would make rule d known: its coefficient 0.4 x 1/2 = 0.2
  REQUIRE(c.missing_facts.size() == 1);
  CHECK(c.missing_facts[0].fact == 7);
  CHECK(c.missing_facts[0].coverage_gain == Approx(0.2));
  CHECK(c.missing_facts[0].rules == std::vector<int>{3});
}

TEST_CASE("unknown results count with their bounds, never as zero or as full marks", "[aggregate]") {
  PackInfo pack = TwoDomainPack(Aggregation::kArithmetic);
  CountryAssessment c;
  c.results = {Ok(1.0), Unknown(1), Unknown(1), Unknown(2)};
  Aggregate(pack, c);
  // Once only known rules were averaged and this country scored 1.00 on 40% of the weight.
  CHECK(c.overall->lower == Approx(0.3));
  CHECK(c.overall->upper == Approx(1.0));
  CHECK(c.overall->point == Approx(0.65));
  CHECK(c.domains[1].score->lower == Approx(0.0));
  CHECK(c.coverage == Approx(0.3));
  REQUIRE(c.missing_facts.size() == 2);
  CHECK(c.missing_facts[0].fact == 1);  // blocks b and c: 0.6 x 1/2 + 0.4 x 1/2 x 1/1 = 0.5
  CHECK(c.missing_facts[0].coverage_gain == Approx(0.5));
}

TEST_CASE("a known restriction counts although a companion fact is unknown", "[aggregate]") {
  PackInfo pack = TwoDomainPack(Aggregation::kArithmetic);
  CountryAssessment c;
  c.results = {Unknown(3, 0, 0.5), Ok(1), Ok(1), Ok(1)};  // like Jordan's closed sectors: at most 0.5
  Aggregate(pack, c);
  CHECK(c.overall->upper == Approx(1 - 0.6 * 0.5 * 0.5));
  CHECK(c.overall->upper < 1);
}

TEST_CASE("overall always lies between the law and practice composites", "[aggregate]") {
  PackInfo pack = TwoDomainPack(Aggregation::kArithmetic);
  pack.domains[0].law_share = 0.8;
  pack.domains[1].law_share = 0.3;
  for (double x : {0.0, 0.3, 1.0}) {
    CountryAssessment c;
    c.results = {Ok(x), Ok(1 - x), Unknown(1, 0.2, 0.6), Ok(0.5)};
    Aggregate(pack, c);
    for (auto end : {&Score::lower, &Score::point, &Score::upper}) {
      const double lo = std::min((*c.de_jure).*end, (*c.de_facto).*end), hi = std::max((*c.de_jure).*end, (*c.de_facto).*end);
      CHECK((*c.overall).*end >= lo - 1e-12);
      CHECK((*c.overall).*end <= hi + 1e-12);
    }
  }
}

TEST_CASE("errors count neither as known nor as scores", "[aggregate]") {
  PackInfo pack = TwoDomainPack(Aggregation::kGeometric);
  CountryAssessment c;
  RuleResult err;
  err.status = RuleStatus::kError;
  c.results = {Ok(0.25), Ok(1.0), err, Ok(1.0)};
  Aggregate(pack, c);
  CHECK(c.rules_error == 1);
  CHECK(c.domains[0].de_jure->point == Approx(0.25));
  CHECK(c.domains[1].de_jure->lower == Approx(0.0));
  CHECK(c.domains[1].de_jure->upper == Approx(1.0));
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
