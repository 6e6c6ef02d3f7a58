// A country page opens with plain sentences picked from its results: strongest and weakest domain, where practice
// falls furthest behind the law, and the fact most worth collecting.
#include <catch2/catch.hpp>

#include "reports/assessment/key_findings.h"
#include "tests/test_support.h"

using namespace workrights;
using namespace workrights::testing;

namespace {

PackInfo ThreeDomains() {
  PackInfo p;
  p.domains = {{"right_to_work", "Right to work", 0.4}, {"labour_rights", "Labour rights", 0.3},
               {"social_protection", "Social protection", 0.3}};
  return p;
}

Score Exact(double x) { return {x, x, x}; }

DomainScore Domain(std::optional<Score> law, std::optional<Score> practice, std::optional<Score> score,
                   std::optional<Score> gap) {
  DomainScore d;
  d.de_jure = law;
  d.de_facto = practice;
  d.score = score;
  d.gap = gap;
  return d;
}

}  // namespace

TEST_CASE("key findings name the strongest and weakest domain, the widest gap and the fact to collect", "[report]") {
  const FactCatalogue& cat = Catalogue();
  CountryAssessment c;
  c.domains = {Domain(Exact(0.9), Exact(0.5), Exact(0.7), Exact(0.4)),
               Domain(Exact(0.6), Exact(0.5), Exact(0.55), Exact(0.1)),
               Domain(std::nullopt, Score{0.2, 0.1, 0.3}, Score{0.2, 0.1, 0.3}, std::nullopt)};
  const FactSpec& fact = *cat.Find("intl.refugee_convention_1951.party");
  const FactSpec& next = *cat.Find("intl.refugee_protocol_1967.party");
  c.missing_facts = {{fact.id, 0, 0.126, 0.2, {}}, {next.id, 0, 0.05, 0.1, {}}};
  auto f = KeyFindings(c, ThreeDomains(), cat);
  REQUIRE(f.size() == 3);
  CHECK(f[0].label == "Strongest and weakest");
  CHECK(f[0].text == "Strongest: Right to work, 0.70. Weakest: Social protection, 0.20 [0.10–0.30].");
  CHECK(f[1].label == "Law and practice");
  CHECK(f[1].text == "Practice falls furthest behind the law in Right to work: the law scores 0.90, practice 0.50 (gap 0.40).");
  CHECK(f[2].label == "Most worth collecting");
  // Labels, not paths: the first starts the sentence, so it takes a capital.
  CHECK(f[2].text == "Party to the 1951 Refugee Convention — " + fact.meaning +
                         " Knowing it would narrow the overall interval by 0.13 on average and give a known result to 20% "
                         "more of the rule weight. Next: party to the 1967 Refugee Protocol.");
}

TEST_CASE("key findings say so when nothing is missing, no domain has both dimensions, or all score alike", "[report]") {
  CountryAssessment c;
  c.domains = {Domain(Exact(0.5), std::nullopt, Exact(0.5), std::nullopt),
               Domain(std::nullopt, Exact(0.5), Exact(0.5), std::nullopt), Domain(std::nullopt, std::nullopt, std::nullopt, std::nullopt)};
  auto f = KeyFindings(c, ThreeDomains(), Catalogue());
  CHECK(f[0].text == "Every domain scores alike: Right to work, 0.50.");
  CHECK(f[1].text == "No domain has both a law and a practice score, so the gap between them is unknown.");
  CHECK(f[2].text == "Nothing: every fact the rules read is known.");

  c.domains = {Domain(Exact(0.4), Exact(0.6), Exact(0.5), Exact(-0.2)), Domain(std::nullopt, std::nullopt, std::nullopt, std::nullopt),
               Domain(std::nullopt, std::nullopt, std::nullopt, std::nullopt)};
  f = KeyFindings(c, ThreeDomains(), Catalogue());
  CHECK(f[0].text == "One domain has a score: Right to work, 0.50.");
  CHECK(f[1].text == "Practice keeps up with the law in every domain with both; closest to a gap is Right to work: the "
                     "law scores 0.40, practice 0.60 (gap -0.20).");
}
