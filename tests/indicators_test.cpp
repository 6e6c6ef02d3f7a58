// Population-weighted indicators from rule results (core/monitor/indicators), on the small dataset in
// tests/indicators/, and the pack's indicator mapping refused with located errors.
#include <catch2/catch.hpp>

#include "core/assess/evaluator.h"
#include "core/load/profile_loader.h"
#include "core/monitor/indicators.h"
#include "core/rules/rule_pack.h"
#include "reports/monitoring/indicators_report.h"
#include "tests/test_support.h"

using namespace workrights;
using namespace workrights::testing;

namespace {

// The three made-up countries of tests/indicators/profiles (populations: pop.refugees + pop.other_in_need):
//
//   country  refugees  others   weight  work (law)       move (law)        permits (practice)
//   QNA      600       200      800     full = 1         free = 1          with_difficulty = 0.5
//   QNB      150       unknown  150     restricted = 0.5 unknown: [0, 1]   unknown: [0, 1]
//   QNC      50        0        50      none = 0         conditional = 0.5 generally = 1
//                               ----
//                               1000 people weighted (QNB's unknown "others" are not counted)
//
// T.work in law (rule work): 800 x 1 + 150 x 0.5 + 50 x 0 = 875 -> 0.875, exact; every country known: coverage 1.
// T.work in practice (rule permits): lower 800 x 0.5 + 150 x 0 + 50 x 1 = 450 -> 0.45,
//   upper 400 + 150 x 1 + 50 = 600 -> 0.60; shown as the middle 0.525; QNB unknown: coverage 850 / 1000 = 0.85.
// T.both in law (min of move and work): QNA min(1, 1) = 1; QNB min([0, 1], 0.5) = [0, 0.5]; QNC min(0.5, 0) = 0;
//   lower 800 / 1000 = 0.8, upper (800 + 150 x 0.5) / 1000 = 0.875, middle 0.8375; coverage 0.85.
struct Fixture {
  TempDir dir;
  explicit Fixture(bool with_unweighted_country = false) {
    const std::string src = TestDir() + "/indicators/";
    dir.Write("data/catalogue.json", ReadFile(RepoDir() + "/data/catalogue.json"));
    for (const char* c : {"QNA", "QNB", "QNC"}) {
      dir.Write(std::string("data/profiles/") + c + ".json", ReadFile(src + "profiles/" + c + ".json"));
    }
    if (with_unweighted_country) dir.Write("data/profiles/QND.json", ReadFile(src + "extra/QND.json"));
    for (const char* f : {"pack.lua", "rules/work.lua", "rules/move.lua", "rules/permits.lua"}) {
      dir.Write(std::string("pack/") + f, ReadFile(src + "pack/" + f));
    }
  }
};

struct Run {
  Dataset ds;
  RulePack pack;
  WorkerPool pool;
  Assessment a;
  IndicatorReport report;
  explicit Run(const Fixture& f)
      : ds(LoadDataset((f.dir.path() / "data").string())),
        pack(LoadRulePack((f.dir.path() / "pack").string(), ds.catalogue)),
        pool(pack, ds.catalogue, 1) {
    AssessOptions options;
    options.as_of = Date{2026, 11, 30};
    a = Assess(pack, ds, pool, options);
    report = ComputeIndicators(a);
  }
};

std::string LoadError(const TempDir& dir) {
  try {
    LoadRulePack(dir.path().string(), Catalogue());
  } catch (const InputError& e) {
    return e.what();
  }
  return "(loaded)";
}

// A pack with the three test rules and `indicators` as given.
void WritePack(const TempDir& dir, const std::string& indicators) {
  const std::string src = TestDir() + "/indicators/pack/";
  dir.Write("pack.lua", "return {\n  name = \"p\", version = \"1\",\n"
                        "  domains = { { id = \"right_to_work\", title = \"Right to work\", weight = 1 } },\n"
                        "  rules = { \"rules/work.lua\", \"rules/move.lua\", \"rules/permits.lua\" },\n"
                        "  indicators = {\n" + indicators + "\n  },\n}\n");
  for (const char* f : {"rules/work.lua", "rules/move.lua", "rules/permits.lua"}) dir.Write(f, ReadFile(src + f));
}

std::string Indicator(const std::string& fields) {
  return "    { id = \"X.1\", title = \"X\", definition = \"x\", population = { \"pop.refugees\" },\n" + fields + " },";
}

}  // namespace

TEST_CASE("indicators over three made-up countries are the hand-computed population-weighted figures", "[indicators]") {
  Fixture f;
  Run run(f);
  REQUIRE(run.report.indicators.size() == 2);
  const IndicatorResult& work = run.report.indicators[0];
  CHECK(work.info->id == "T.work");
  CHECK(work.population == Approx(1000));
  REQUIRE(work.law.value);
  CHECK(work.law.value->lower == Approx(0.875));
  CHECK(work.law.value->upper == Approx(0.875));
  CHECK(work.law.coverage == Approx(1));
  CHECK(work.law.countries_known == 3);
  REQUIRE(work.practice.value);
  CHECK(work.practice.value->lower == Approx(0.45));
  CHECK(work.practice.value->upper == Approx(0.60));
  CHECK(work.practice.value->point == Approx(0.525));
  CHECK(work.practice.coverage == Approx(0.85));
  CHECK(work.practice.countries_unknown == 1);

  const IndicatorResult& both = run.report.indicators[1];
  REQUIRE(both.law.value);
  CHECK(both.law.value->lower == Approx(0.8));
  CHECK(both.law.value->upper == Approx(0.875));
  CHECK(both.law.value->point == Approx(0.8375));
  CHECK(both.law.coverage == Approx(0.85));
  CHECK_FALSE(both.practice.value);  // no practice rules: no figure, not 0

  // QNB: its unknown "others in need" are named, not counted as 0 or guessed.
  const IndicatorCountry& qib = work.countries[1];
  CHECK(qib.country->profile->iso3 == "QNB");
  CHECK(*qib.population == Approx(150));
  REQUIRE(qib.population_missing.size() == 1);
  CHECK(run.ds.catalogue.Get(qib.population_missing[0]).path == "pop.other_in_need_of_protection");
  CHECK_FALSE(both.countries[1].law.known);
  CHECK(both.countries[1].law.share->upper == Approx(0.5));

  CHECK(ProportionText(work.practice.value) == "52% [45–60%]");  // 0.525 is 0.52499... in binary
  CHECK(ProportionText(work.law.value) == "88%");
}

TEST_CASE("a country whose population is unknown is listed but not weighted, never counted as 0", "[indicators]") {
  Fixture f(true);
  Run run(f);
  const IndicatorResult& work = run.report.indicators[0];
  REQUIRE(work.countries.size() == 4);
  CHECK_FALSE(work.countries[3].population);
  CHECK(work.countries[3].law.known);
  CHECK(work.population == Approx(1000));
  CHECK(work.law.value->point == Approx(0.875));  // QND's full access in law does not move the weighted figure
  const std::string md = IndicatorsMarkdown(run.report);
  CHECK(md.find("| Made-up D (QND) | refugees | unknown (not weighted) | 100% |") != std::string::npos);
}

TEST_CASE("a country's share combines its rules' intervals bound by bound: min and mean", "[indicators]") {
  std::vector<RuleResult> results(3);
  results[0].status = RuleStatus::kOk;
  results[0].score = results[0].lower = results[0].upper = 0.6;
  results[1].status = RuleStatus::kUnknown;
  results[1].lower = 0.2;
  results[1].upper = 0.9;
  results[2].status = RuleStatus::kError;  // a failed rule counts as [0, 1], as in the aggregator
  IndicatorPart part;
  part.rules = {0, 1};
  part.combine = IndicatorCombine::kMin;
  IndicatorShare s = CombineShare(part, results);
  CHECK(s.share->lower == Approx(0.2));
  CHECK(s.share->upper == Approx(0.6));
  CHECK_FALSE(s.known);
  part.combine = IndicatorCombine::kMean;
  s = CombineShare(part, results);
  CHECK(s.share->lower == Approx(0.4));
  CHECK(s.share->upper == Approx(0.75));
  part.rules = {0, 2};
  s = CombineShare(part, results);
  CHECK(s.share->lower == Approx(0.3));
  CHECK(s.share->upper == Approx(0.8));
  part.rules = {0};
  CHECK(CombineShare(part, results).known);
}

TEST_CASE("a bad indicator mapping is refused naming the pack file, the place and the indicator", "[indicators][rules]") {
  TempDir dir;
  SECTION("an unknown rule id, with a suggestion") {
    WritePack(dir, Indicator("law = { rules = { \"wrok\" } }"));
    const std::string e = LoadError(dir);
    CHECK(e.find("pack.lua") != std::string::npos);
    CHECK(e.find("/indicators/0/law/rules/0") != std::string::npos);
    CHECK(e.find("indicator \"X.1\": unknown rule \"wrok\"") != std::string::npos);
    CHECK(e.find("did you mean 'work'") != std::string::npos);
  }
  SECTION("a practice rule under law") {
    WritePack(dir, Indicator("law = { rules = { \"permits\" } }"));
    CHECK(LoadError(dir).find("indicator \"X.1\": rule \"permits\" is de_facto, but is listed under \"law\"") !=
          std::string::npos);
  }
  SECTION("an unknown population fact") {
    WritePack(dir, "    { id = \"X.1\", title = \"X\", definition = \"x\", population = { \"pop.refugee\" }, "
                   "law = { rules = { \"work\" } } },");
    const std::string e = LoadError(dir);
    CHECK(e.find("/indicators/0/population/0") != std::string::npos);
    CHECK(e.find("indicator \"X.1\": unknown population fact \"pop.refugee\"") != std::string::npos);
  }
  SECTION("a population fact that is not a number") {
    WritePack(dir, "    { id = \"X.1\", title = \"X\", definition = \"x\", population = { \"rtw.wage_employment\" }, "
                   "law = { rules = { \"work\" } } },");
    CHECK(LoadError(dir).find("population fact \"rtw.wage_employment\" is not a number fact") != std::string::npos);
  }
  SECTION("an unknown combine") {
    WritePack(dir, Indicator("law = { rules = { \"work\" }, combine = \"max\" }"));
    CHECK(LoadError(dir).find("indicator \"X.1\": unknown combine \"max\"") != std::string::npos);
  }
  SECTION("neither law nor practice") {
    WritePack(dir, Indicator(""));
    CHECK(LoadError(dir).find("indicator \"X.1\": an indicator needs \"law\", \"practice\" or both") != std::string::npos);
  }
  SECTION("the same id twice") {
    WritePack(dir, Indicator("law = { rules = { \"work\" } }") + "\n" + Indicator("law = { rules = { \"move\" } }"));
    CHECK(LoadError(dir).find("/indicators/1/id") != std::string::npos);
    CHECK(LoadError(dir).find("indicator \"X.1\": declared twice") != std::string::npos);
  }
  SECTION("a good mapping loads, with rule indexes resolved") {
    WritePack(dir, Indicator("law = { rules = { \"move\", \"work\" }, combine = \"min\" }, practice = { rules = { \"permits\" } }"));
    RulePack pack = LoadRulePack(dir.path().string(), Catalogue());
    REQUIRE(pack.info.indicators.size() == 1);
    CHECK(pack.info.indicators[0].law->rules == std::vector<int>{1, 0});
    CHECK(pack.info.indicators[0].law->combine == IndicatorCombine::kMin);
    CHECK(pack.info.indicators[0].practice->rules == std::vector<int>{2});
  }
}
