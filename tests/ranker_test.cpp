// Priority index, ranks, rank intervals, P(top K), sensitivity, and advocacy plans.
#include <catch2/catch.hpp>

#include <cmath>

#include "core/rank/advocacy_plan.h"
#include "core/assess/evaluator.h"
#include "core/load/profile_loader.h"
#include "core/rank/ranker.h"
#include "core/rules/rule_pack.h"
#include "core/simulate/scenario.h"
#include "reports/ranking/plan_report.h"
#include "reports/ranking/ranking_report.h"
#include "tests/test_support.h"

using namespace workrights;
using namespace workrights::testing;

namespace {

const char* kQuotaRule =
    "return { id = \"b\", title = \"B\", domain = \"right_to_work\", dimension = \"de_jure\",\n"
    "  instruments = { \"x\" }, reads = { \"rtw.quota\" },\n"
    "  evaluate = function(c) if c:fact(\"rtw.quota\") then return 0, \"quota\" end return 1, \"no quota\" end }\n";

// Two rules (a: wage employment full = 1; b: no quota = 1); priority = 1 - overall.
struct Three {
  TempDir dir;
  Dataset ds = MakeDataset({
      MakeProfile("ARG", {{"rtw.wage_employment", FactValue{std::string("none")}}, {"rtw.quota", FactValue{true}}}),
      MakeProfile("BRA", {{"rtw.wage_employment", FactValue{std::string("none")}}, {"rtw.quota", FactValue{false}}}),
      MakeProfile("CHL", {{"rtw.wage_employment", FactValue{std::string("full")}}, {"rtw.quota", FactValue{false}}}),
  });
  RulePack pack;
  explicit Three(const std::string& priority = "  priority = { reads = {}, evaluate = function(c)\n"
                                               "    return 1 - c:score(\"overall\"), { improvement = 1 - c:score(\"overall\") } end },\n") {
    dir.Write("pack/pack.lua", PackLua({"rules/a.lua", "rules/b.lua"}, priority));
    dir.Write("pack/rules/a.lua", SimpleRule("a"));
    dir.Write("pack/rules/b.lua", kQuotaRule);
    pack = LoadRulePack((dir.path() / "pack").string(), ds.catalogue);
  }
  Scenario Pledge() {
    dir.Write("s.json", R"({"id": "s", "title": "S", "as_of": "2027-01-01",
      "pledges": [{"id": "open", "title": "Open", "countries": "ARG", "effective": "2026-01-01", "probability": 0.5,
                   "changes": [{"fact": "rtw.wage_employment", "set": "full"}, {"fact": "rtw.quota", "set": false}]}]})");
    return LoadScenario((dir.path() / "s.json").string(), dir.path().string(), ds, pack.info);
  }
  std::string Error(const Scenario* s = nullptr, int top = 2) {
    WorkerPool pool(pack, ds.catalogue, 1);
    RankOptions o;
    o.top = top;
    try {
      Rank(pack, ds, s, pool, o);
    } catch (const InputError& e) {
      return e.what();
    }
    return "(ranked)";
  }
};

const CountryRank& Find(const Ranking& r, const std::string& iso3) {
  for (const auto& c : r.countries) {
    if (c.profile->iso3 == iso3) return c;
  }
  throw std::runtime_error("no " + iso3);
}

}  // namespace

TEST_CASE("the baseline ranking follows the index, with its terms", "[rank]") {
  Three t;
  WorkerPool pool(t.pack, t.ds.catalogue, 1);
  Ranking r = Rank(t.pack, t.ds, nullptr, pool, RankOptions{2, 0, 0, 0.2});
  REQUIRE(r.countries.size() == 3);
  CHECK(r.countries[0].profile->iso3 == "ARG");
  CHECK(r.countries[0].point.index == Approx(1.0));
  CHECK(r.countries[1].point.index == Approx(0.5));
  CHECK(r.countries[2].point.index == Approx(0.0));
  REQUIRE(r.countries[0].point.terms.size() == 1);
  CHECK(r.countries[0].point.terms[0].first == "improvement");
  CHECK(r.top == std::vector<std::string>{"ARG", "BRA"});
}

TEST_CASE("rank intervals and P(top K) against a hand-checked case", "[rank]") {
  Three t;
  Scenario s = t.Pledge();
  WorkerPool pool(t.pack, t.ds.catalogue, 2);
  RankOptions o;
  o.top = 1;
  o.draws = 2000;
  o.seed = 7;
  Ranking r = Rank(t.pack, t.ds, &s, pool, o);
  // Point run (the pledge implemented): ARG's overall becomes 1, so BRA ranks first, ARG second (tie with CHL
  // at index 0, broken by code), CHL third.
  CHECK(*Find(r, "BRA").rank == 1);
  CHECK(*Find(r, "ARG").rank == 2);
  CHECK(*Find(r, "CHL").rank == 3);
  // Draws: ARG is first when the pledge is not implemented (half the draws), else second.
  const CountryRank& arg = Find(r, "ARG");
  const CountryRank& bra = Find(r, "BRA");
  const CountryRank& chl = Find(r, "CHL");
  CHECK(arg.p_top == Approx(0.5).margin(0.045));  // about 4 standard errors of a share from 2000 draws
  CHECK(arg.p_top + bra.p_top == Approx(1.0));   // exactly one country is first in every draw
  CHECK(arg.p5_rank == 1);
  CHECK(arg.p95_rank == 2);
  CHECK(chl.p5_rank == 3);
  CHECK(chl.p95_rank == 3);
  CHECK(chl.p_top == 0);
}

TEST_CASE("P(top K) stays in [0, 1] and sums to K over countries with known indexes", "[rank]") {
  Three t;
  Scenario s = t.Pledge();
  WorkerPool pool(t.pack, t.ds.catalogue, 1);
  RankOptions o;
  o.top = 2;
  o.draws = 500;
  o.seed = 1;
  Ranking r = Rank(t.pack, t.ds, &s, pool, o);
  double sum = 0;
  for (const auto& c : r.countries) {
    CHECK(c.p_top >= 0);
    CHECK(c.p_top <= 1);
    sum += c.p_top;
  }
  CHECK(sum == Approx(2.0));
}

TEST_CASE("an unknown input leaves the index unknown, named, and unranked — never zero", "[rank]") {
  Three t("  priority = { reads = { \"pop.refugees\" }, evaluate = function(c)\n"
          "    return c:fact(\"pop.refugees\") * (1 - c:score(\"overall\")) end },\n");
  WorkerPool pool(t.pack, t.ds.catalogue, 1);
  Ranking r = Rank(t.pack, t.ds, nullptr, pool, RankOptions{});
  for (const auto& c : r.countries) {
    CHECK(c.point.status == RuleStatus::kUnknown);
    CHECK(c.point.missing == std::vector<std::string>{"pop.refugees"});
    CHECK_FALSE(c.rank.has_value());
  }
  CHECK(r.top.empty());
  // Advisers read what is needed in words; the JSON and CSV keep the path.
  const std::string label = t.ds.catalogue.Find("pop.refugees")->label;
  REQUIRE(label != "pop.refugees");
  CHECK_THAT(RankingMarkdown(r, t.pack.info, t.ds), Catch::Contains("unknown (needs " + label + ")"));
  CHECK_THAT(RankingHtml(r, t.pack.info, t.ds), Catch::Contains("needs " + label));
}

TEST_CASE("the standard pack's priority: improvement x reach x openness, by hand", "[rank]") {
  Dataset ds = MakeDataset({MakeProfile("JOR", {{"rtw.wage_employment", FactValue{std::string("conditional")}},
                                                {"pop.refugees", FactValue{999.0}},
                                                {"open.prospects_partnership", FactValue{true}},
                                                {"open.crrf_rollout", FactValue{false}}})});
  ds.countries[0].facts[static_cast<size_t>(ds.catalogue.Find("pop.refugees")->id)][0].year = 2024;
  RulePack pack = LoadRulePack(RepoDir() + "/rules/standard", ds.catalogue);
  WorkerPool pool(pack, ds.catalogue, 1);
  Ranking r = Rank(pack, ds, nullptr, pool, RankOptions{});
  const PriorityResult& p = r.countries[0].point;
  REQUIRE(p.status == RuleStatus::kOk);
  // Only rtw.wage_employment is known: improvement = 1 - the middle of the overall interval (every other rule
  // counts with its bounds); reach log10(1000) = 3; openness 0.5 + 0.5 * 1/2 = 0.75 (two of four signals
  // known, one positive).
  Assessment a = Assess(pack, ds, pool, AssessOptions{});
  const double improvement = 1 - a.countries[0].overall->point;
  CHECK(improvement > 0.3);
  CHECK(improvement < 0.7);
  CHECK(p.index == Approx(improvement * 3 * 0.75));
  REQUIRE(p.terms.size() == 4);
  CHECK(p.terms[0].first == "improvement");
  CHECK(p.terms[0].second == Approx(improvement));
  CHECK(p.terms[1].first == "openness");
  CHECK(p.terms[1].second == Approx(0.75));
  CHECK(p.terms[2].first == "people");
  CHECK(p.terms[2].second == 999);
  CHECK(p.terms[3].first == "reach");
  CHECK(p.terms[3].second == Approx(3.0));
  // One rule of 46 scored (2% of the rule weight): a coverage warning first, then asylum seekers and others not counted and two
  // openness signals unknown.
  REQUIRE(p.notes.size() == 5);
  CHECK(p.notes[0] == "only 2% of the rules (by weight) could be scored, so the improvement term rests on little data");
}

TEST_CASE("the standard pack's priority counts the people of every known group, and needs one", "[rank]") {
  // Colombia's Venezuelans are "others in need of international protection", not refugees.
  Dataset ds = MakeDataset({MakeProfile("COL", {{"rtw.wage_employment", FactValue{std::string("conditional")}},
                                                {"pop.other_in_need_of_protection", FactValue{99.0}},
                                                {"pop.asylum_seekers", FactValue{900.0}}}),
                            MakeProfile("PER", {{"rtw.wage_employment", FactValue{std::string("conditional")}}})});
  for (const char* f : {"pop.other_in_need_of_protection", "pop.asylum_seekers"}) {
    ds.countries[0].facts[static_cast<size_t>(ds.catalogue.Find(f)->id)][0].year = 2024;
  }
  RulePack pack = LoadRulePack(RepoDir() + "/rules/standard", ds.catalogue);
  WorkerPool pool(pack, ds.catalogue, 1);
  Ranking r = Rank(pack, ds, nullptr, pool, RankOptions{});
  const PriorityResult& col = r.countries[0].point;
  REQUIRE(col.status == RuleStatus::kOk);
  CHECK(col.terms[2].second == 999);  // people: 900 + 99
  Assessment a = Assess(pack, ds, pool, AssessOptions{});
  CHECK(col.index == Approx((1 - a.countries[0].overall->point) * 3 * 0.5));
  const PriorityResult& per = r.countries[1].point;
  CHECK(per.status == RuleStatus::kUnknown);  // no group's count known: unknown, never zero
  REQUIRE(per.missing.size() == 1);
  CHECK(per.missing[0] == "pop.refugees");
}

TEST_CASE("bad priority functions and options fail with the pack file, line and function", "[rank]") {
  SECTION("an error inside the priority function") {
    Three t("  priority = { reads = {}, evaluate = function(c)\n    error(\"broken\")\n  end },\n");
    CHECK_THAT(t.Error(), Catch::Contains("pack/pack.lua:8: priority: broken (for ARG)"));
  }
  SECTION("a priority function that returns a string") {
    Three t("  priority = { reads = {}, evaluate = function(c) return \"high\" end },\n");
    CHECK_THAT(t.Error(), Catch::Contains("priority: the priority function must return a finite number first, not string"));
  }
  SECTION("a priority function that reads an undeclared fact") {
    Three t("  priority = { reads = {}, evaluate = function(c) return c:fact(\"pop.refugees\") end },\n");
    CHECK_THAT(t.Error(), Catch::Contains("reads fact 'pop.refugees' but does not list it in 'reads'"));
  }
  SECTION("a pack without a priority function") {
    Three t("");
    CHECK_THAT(t.Error(), Catch::Contains("the pack defines no priority function"));
  }
  SECTION("K below 1") {
    Three t;
    CHECK_THAT(t.Error(nullptr, 0), Catch::Contains("--top must be at least 1"));
  }
}

TEST_CASE("every standard rule maps its gap to a complete action", "[rank][rules]") {
  Dataset ds = LoadDataset(RepoDir() + "/data");
  RulePack pack = LoadRulePack(RepoDir() + "/rules/standard", ds.catalogue);
  for (const auto& rule : pack.info.rules) {
    INFO(rule.id);
    const auto& a = rule.action;
    REQUIRE(a.is_object());
    for (const char* key : {"action", "instrument", "lead", "pledge"}) {
      REQUIRE(a.contains(key));
      CHECK(a[key].is_string());
      CHECK(!a[key].get<std::string>().empty());
    }
    REQUIRE(a.contains("outcome"));
    CHECK((a["outcome"] == 1 || a["outcome"] == 2 || a["outcome"] == 3));
    CHECK((a["lead"] == "ILO" || a["lead"] == "UNHCR" || a["lead"] == "joint"));
    REQUIRE(a.contains("partners"));
    CHECK(a["partners"].is_array());
    CHECK(!a["partners"].empty());
  }
}

TEST_CASE("plans list the largest weighted shortfalls first, and the facts to collect", "[rank]") {
  Three t;
  WorkerPool pool(t.pack, t.ds.catalogue, 1);
  Assessment a = Assess(t.pack, t.ds, pool, AssessOptions{});
  std::vector<CountryPlan> plans = BuildPlans(a, 5);
  REQUIRE(plans.size() == 3);
  // ARG: both rules score 0 with equal weight in the only domain with rules (both law): two gaps of 1/2 each.
  REQUIRE(plans[0].gaps.size() == 2);
  CHECK(plans[0].gaps[0].shortfall == Approx(0.5));
  // CHL: no gap.
  CHECK(plans[2].gaps.empty());
  CHECK(OutcomeName(2) == "Rights at work and social protection");
}

TEST_CASE("plans ask each country what its treaty status allows: accede, withdraw reservations or lift a limitation",
          "[rank][plan]") {
  Dataset ds = LoadDataset(RepoDir() + "/data");
  RulePack pack = LoadRulePack(RepoDir() + "/rules/standard", ds.catalogue);
  WorkerPool pool(pack, ds.catalogue, 1);
  AssessOptions o;
  o.countries = {"JOR", "LBN", "TUR", "IRN", "DEU"};
  Assessment a = Assess(pack, ds, pool, o);
  const int convention = pack.info.FindRule("legal.refugee_convention");
  auto situation = [&](const char* iso3) {
    for (const auto& c : a.countries) {
      if (c.profile->iso3 == iso3) return c.results[static_cast<size_t>(convention)].situation;
    }
    return std::string("(missing)");
  };
  CHECK(situation("JOR") == "not_party");
  CHECK(situation("LBN") == "not_party");
  CHECK(situation("TUR") == "geographic_limitation");
  CHECK(situation("IRN") == "reservations");
  CHECK(situation("DEU").empty());  // a party without reservations: no gap, the general action
  std::string md = PlansMarkdown(BuildPlans(a, 46), a);
  // No plan asks a non-party to withdraw reservations, and a convention that does not bind is named as a standard.
  for (const char* iso3 : {"JOR", "LBN"}) {
    std::vector<CountryPlan> one = BuildPlans(a, 46);
    for (const auto& p : one) {
      if (p.country->profile->iso3 != iso3) continue;
      std::string text = PlansMarkdown({p}, a);
      INFO(iso3);
      CHECK(text.find("Withdraw the reservations") == std::string::npos);
      CHECK(text.find("withdraw reservations") == std::string::npos);
      CHECK(text.find("Accede to the 1951 Convention") != std::string::npos);
      CHECK(text.find("1951 Refugee Convention, Art. 17 (as the standard to adopt") != std::string::npos);
    }
  }
  CHECK(md.find("Lift the geographic limitation") != std::string::npos);
  CHECK(md.find("Withdraw the reservations that limit Articles 17, 18, 19 or 24.") != std::string::npos);
}

TEST_CASE("a rule's situation must be one its action declares", "[rules][plan]") {
  Three t;  // its rules declare no asks
  TempDir dir;
  dir.Write("pack/pack.lua", PackLua({"rules/a.lua"}, ""));
  dir.Write("pack/rules/a.lua",
            "return { id = \"a\", title = \"A\", domain = \"right_to_work\", dimension = \"de_jure\",\n"
            "  instruments = { \"x\" }, reads = {}, action = { action = \"x\", asks = { known = { action = \"y\" } } },\n"
            "  evaluate = function(c) return 0.5, \"half\", \"unheard_of\" end }\n");
  RulePack pack = LoadRulePack((dir.path() / "pack").string(), t.ds.catalogue);
  WorkerPool pool(pack, t.ds.catalogue, 1);
  Assessment a = Assess(pack, t.ds, pool, AssessOptions{});
  const RuleResult& r = a.countries[0].results[0];
  CHECK(r.status == RuleStatus::kError);
  CHECK_THAT(r.error, Catch::Contains("evaluate returned situation \"unheard_of\", which the rule's action.asks does not declare"));
}

TEST_CASE("every country's point rank lies within its best and worst possible rank under the data bounds", "[rank]") {
  Dataset ds = LoadDataset(RepoDir() + "/data");
  RulePack pack = LoadRulePack(RepoDir() + "/rules/standard", ds.catalogue);
  WorkerPool pool(pack, ds.catalogue, 1);
  Ranking r = Rank(pack, ds, nullptr, pool, RankOptions{});
  size_t bounded = 0;
  for (const auto& c : r.countries) {
    if (!c.rank) continue;
    INFO(c.profile->iso3);
    REQUIRE(c.best_rank.has_value());
    REQUIRE(c.worst_rank.has_value());
    CHECK(*c.best_rank <= *c.rank);
    CHECK(*c.rank <= *c.worst_rank);
    ++bounded;
  }
  CHECK(bounded >= 20);
  // With a scenario the bounds are not computed (the pledges change the facts they rest on).
  Three t;
  WorkerPool pool3(t.pack, t.ds.catalogue, 1);
  Scenario s = t.Pledge();
  Ranking with = Rank(t.pack, t.ds, &s, pool3, RankOptions{});
  for (const auto& c : with.countries) CHECK_FALSE(c.best_rank.has_value());
}

TEST_CASE("rank --group ranks the countries whose data describe the group, reading that group's facts", "[rank]") {
  Three t;
  // BRA's asylum seekers have full wage employment and no quota; its refugees (the primary group) have no wage
  // employment.
  CountryProfile& bra = const_cast<CountryProfile&>(*t.ds.Find("BRA"));
  FactEntry asylum;
  asylum.sources = {"s1"};
  asylum.group = *t.ds.catalogue.FindGroup("asylum_seekers");
  for (const auto& [path, value] : {std::pair<std::string, FactValue>{"rtw.wage_employment", std::string("full")},
                                    {"rtw.quota", false}}) {
    if (!t.ds.catalogue.Find(path)->by_group) continue;
    asylum.value = value;
    bra.facts[static_cast<size_t>(t.ds.catalogue.Find(path)->id)].push_back(asylum);
  }
  WorkerPool pool(t.pack, t.ds.catalogue, 1);
  RankOptions o;
  o.top = 1;
  o.group = asylum.group;
  Ranking r = Rank(t.pack, t.ds, nullptr, pool, o);
  REQUIRE(r.countries.size() == 1);
  CHECK(r.group == "asylum_seekers");
  CHECK(r.countries[0].profile->iso3 == "BRA");
  CHECK(r.countries[0].point.index == Approx(0.0));  // both rules score 1 for asylum seekers
  RankOptions primary;
  primary.top = 1;
  CHECK(Find(Rank(t.pack, t.ds, nullptr, pool, primary), "BRA").point.index == Approx(0.5));
}
