// Entries about women, men or an age band of a group: parsed, kept apart from the whole-group facts that rules
// read, and refused on facts the catalogue does not break down.
#include <catch2/catch.hpp>

#include "core/load/profile_loader.h"
#include "core/model/population_part.h"
#include "tests/test_support.h"

using namespace workrights;
using namespace workrights::testing;

namespace {

const char* kHeader = R"({
  "country": "JOR", "name": "Jordan", "as_of": "2024-05-01",
  "sources": [{"id": "s1", "title": "T", "publisher": "P", "url": "https://example.org", "date": "2024-01-01"}],
  "facts": {
)";

std::optional<CountryProfile> Load(const std::string& facts, std::vector<std::string>* problems = nullptr) {
  Diagnostics diags;
  auto p = ParseProfile(ParseJson(std::string(kHeader) + facts + "}}", "JOR.json"), Catalogue(), diags);
  if (problems) {
    for (const auto& d : diags.items()) problems->push_back(FormatDiagnostic(d));
  }
  return p;
}

}  // namespace

TEST_CASE("age bands are whole years FROM-TO or FROM+", "[population_part]") {
  CHECK(ParseAgeBand("15-24") == AgeBand{15, 24});
  CHECK(ParseAgeBand("60+") == AgeBand{60, std::nullopt});
  CHECK(ParseAgeBand("0-17")->ToString() == "0-17");
  CHECK(ParseAgeBand("60+")->ToString() == "60+");
  for (const char* bad : {"", "15", "24-15", "15_24", "-5-10", "15-", "+", "15-24+", "1.5-3", "0-121", "200+", " 15-24"}) {
    INFO(bad);
    CHECK_FALSE(ParseAgeBand(bad));
  }
  CHECK(ParseSex("female") == Sex::kFemale);
  CHECK_FALSE(ParseSex("Female"));
  CHECK(PopulationPart{Sex::kFemale, AgeBand{15, 24}}.Label() == "female, aged 15-24");
  CHECK(PopulationPart{Sex::kAny, AgeBand{60, std::nullopt}}.Label() == "aged 60+");
  CHECK(PopulationPart{}.Whole());
}

TEST_CASE("entries about part of a group are kept apart from the facts rules read", "[population_part]") {
  auto p = Load(R"(
    "rtw_practice.formal_employment_share": [
      {"value": 0.4, "year": 2021, "sources": ["s1"]},
      {"value": 0.1, "year": 2021, "sex": "female", "sources": ["s1"]},
      {"value": 0.2, "year": 2023, "sex": "female", "sources": ["s1"]},
      {"value": 0.3, "year": 2021, "sex": "female", "age": "15-24", "sources": ["s1"]}],
    "rtw_practice.work_permits_issued": {"value": 1000, "year": 2022, "sex": "male", "sources": ["s1"]})");
  REQUIRE(p);
  FactId share = Catalogue().Find("rtw_practice.formal_employment_share")->id;
  FactId permits = Catalogue().Find("rtw_practice.work_permits_issued")->id;
  CHECK(std::get<double>(p->Resolve(share, p->primary_group, std::nullopt)->value) == 0.4);
  CHECK(p->Resolve(permits, p->primary_group, std::nullopt) == nullptr);  // only a part is known: unknown
  REQUIRE(p->breakdowns.size() == 4);

  auto latest = p->BreakdownsInForce(p->primary_group, std::nullopt);
  REQUIRE(latest.size() == 3);  // in catalogue order; the 2023 female figure supersedes the 2021 one
  CHECK(latest[0]->fact == permits);
  CHECK(latest[1]->fact == share);
  CHECK(std::get<double>(latest[1]->entry.value) == 0.2);
  CHECK(latest[2]->entry.part.Label() == "female, aged 15-24");

  auto in_2022 = p->BreakdownsInForce(p->primary_group, Date{2022, 6, 30});
  REQUIRE(in_2022.size() == 2);  // the 2022 permits figure holds from the end of 2022
  CHECK(std::get<double>(in_2022[0]->entry.value) == 0.1);
  CHECK(p->BreakdownsInForce(*Catalogue().FindGroup("asylum_seekers"), std::nullopt).empty());
}

TEST_CASE("bad sex or age qualifiers are located errors", "[population_part]") {
  auto problem = [](const std::string& facts) {
    std::vector<std::string> problems;
    CHECK_FALSE(Load(facts, &problems));
    REQUIRE(problems.size() == 1);
    return problems[0];
  };
  CHECK_THAT(problem(R"("rtw.wage_employment": {"value": "full", "sex": "female", "sources": ["s1"]})"),
             Catch::Contains("/facts/rtw.wage_employment/sex") &&
                 Catch::Contains("fact \"rtw.wage_employment\" is not broken down by sex or age"));
  CHECK_THAT(problem(R"("rtw_practice.permits_obtainable": {"value": "generally", "sex": "women", "sources": ["s1"]})"),
             Catch::Contains("/sex") && Catch::Contains("unknown sex \"women\"") &&
                 Catch::Contains("use \"female\" or \"male\""));
  CHECK_THAT(problem(R"("rtw_practice.permits_obtainable": {"value": "generally", "age": "24-15", "sources": ["s1"]})"),
             Catch::Contains("/age") && Catch::Contains("age band \"24-15\" is not FROM-TO or FROM+"));
  CHECK_THAT(problem(R"("rtw_practice.permits_obtainable": [
      {"value": "generally", "sex": "female", "sources": ["s1"]},
      {"value": "with_difficulty", "sex": "female", "sources": ["s1"]}])"),
             Catch::Contains("two entries for group \"refugees\" (female) hold from the same date"));
}
