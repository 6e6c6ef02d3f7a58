#include <catch2/catch.hpp>

#include <algorithm>
#include <deque>

#include "core/assess/evaluator.h"
#include "core/assess/rule_bounds.h"
#include "core/load/profile_loader.h"
#include "core/model/fact_view.h"
#include "core/rules/rule_pack.h"
#include "tests/test_support.h"

using namespace workrights;
using namespace workrights::testing;

namespace {

struct Standard {
  Dataset ds = LoadDataset(RepoDir() + "/data");
  RulePack pack = LoadRulePack(RepoDir() + "/rules/standard", ds.catalogue);
  WorkerPool pool{pack, ds.catalogue, 1};

  const CountryAssessment& Country(const Assessment& a, const std::string& iso3) {
    for (const auto& c : a.countries) {
      if (c.profile->iso3 == iso3) return c;
    }
    FAIL("no " << iso3);
    return a.countries.front();
  }
  const RuleResult& Result(const Assessment& a, const std::string& iso3, const std::string& rule) {
    return Country(a, iso3).results[static_cast<size_t>(pack.info.FindRule(rule))];
  }
};

}  // namespace

TEST_CASE("a known restriction bounds a rule whose companion fact is unknown: Jordan's closed sectors", "[bounds]") {
  Standard s;
  // Jordan's profile states both facts since the quota was sourced; the case is its closed sectors with the
  // quota unknown, so the quota's entries are taken out of this copy of the data.
  for (auto& p : s.ds.countries) {
    if (p.iso3 == "JOR") p.facts[static_cast<size_t>(s.ds.catalogue.Find("rtw.quota")->id)].clear();
  }
  Assessment a = Assess(s.pack, s.ds, s.pool, AssessOptions{{"JOR"}, std::nullopt, 0});
  const RuleResult& r = s.Result(a, "JOR", "rtw.closed_sectors_and_quotas");
  CHECK(r.status == RuleStatus::kUnknown);
  CHECK(r.lower == 0);
  CHECK(r.upper == 0.5);
}

TEST_CASE("a fully known rule has lower = upper = score, and unknown rules never sit outside [0, 1]", "[bounds]") {
  Standard s;
  Assessment a = Assess(s.pack, s.ds, s.pool, AssessOptions{});
  for (const auto& c : a.countries) {
    for (const auto& r : c.results) {
      CHECK(r.lower >= 0);
      CHECK(r.upper <= 1);
      CHECK(r.lower <= r.upper);
      if (r.status == RuleStatus::kOk) {
        CHECK(r.lower <= r.score);
        CHECK(r.score <= r.upper);
      }
    }
  }
}

TEST_CASE("every shipped country: lower <= point <= upper, and overall lies between law and practice", "[bounds][aggregate]") {
  Standard s;
  Assessment a = Assess(s.pack, s.ds, s.pool, AssessOptions{});
  REQUIRE(a.countries.size() >= 24);
  for (const auto& c : a.countries) {
    INFO(c.profile->iso3);
    for (const auto* x : {&c.overall, &c.de_jure, &c.de_facto}) {
      REQUIRE(x->has_value());
      CHECK((*x)->lower <= (*x)->point + 1e-12);
      CHECK((*x)->point <= (*x)->upper + 1e-12);
    }
    for (auto end : {&Score::lower, &Score::point, &Score::upper}) {
      const double law = (*c.de_jure).*end, practice = (*c.de_facto).*end, overall = (*c.overall).*end;
      CHECK(overall >= std::min(law, practice) - 1e-9);
      CHECK(overall <= std::max(law, practice) + 1e-9);
    }
  }
}

TEST_CASE("number bounds hold on a fine grid of the unknown number's values", "[bounds]") {
  // Each standard rule that reads a number, with that number unknown: every score over a fine grid of its range
  // lies within the bounds, and the bounds are reached.
  Standard s;
  const FactCatalogue& cat = s.ds.catalogue;
  struct Case {
    const char* rule;
    std::map<std::string, FactValue> known;
    const char* number;
    std::optional<std::string> group;
    double step;
  };
  const std::vector<Case> cases = {
      {"rtw.waiting_period", {}, "rtw.waiting_period_months", std::nullopt, 0.25},
      {"rtw.asylum_seekers_waiting_period", {}, "rtw.waiting_period_months", "asylum_seekers", 0.25},
      {"rtw.formal_employment", {}, "rtw_practice.formal_employment_share", std::nullopt, 0.0025},
  };
  for (const auto& k : cases) {
    INFO(k.rule);
    Dataset ds = MakeDataset({MakeProfile("JOR", k.known)});
    WorkerPool pool(s.pack, ds.catalogue, 1);
    const int rule = s.pack.info.FindRule(k.rule);
    REQUIRE(rule >= 0);
    const CountryProfile& p = ds.countries[0];
    FactView view = MakeFactView(p, std::nullopt);
    RuleResult bounded;
    EvaluateWithBounds(pool.runtime(0), rule, view, 0, bounded);
    const FactSpec& spec = *cat.Find(k.number);
    const GroupId group = k.group ? *cat.FindGroup(*k.group) : p.primary_group;
    double lo = 1, hi = 0;
    std::deque<FactEntry> entries;
    for (double x = spec.min.value_or(0); x <= spec.max.value_or(120) + 1e-12; x += k.step) {
      FactEntry& e = entries.emplace_back();
      e.value = x;
      FactView v = view;
      if (group == v.group) v.facts[static_cast<size_t>(spec.id)] = &e;
      else v.other_groups.push_back({spec.id, group, &e});
      RuleResult r;
      pool.runtime(0).Evaluate(rule, v, 0, r);
      if (r.status != RuleStatus::kOk) continue;  // another fact still unknown at this point
      lo = std::min(lo, r.score);
      hi = std::max(hi, r.score);
    }
    CHECK(bounded.lower <= lo + 1e-12);
    CHECK(bounded.upper >= hi - 1e-12);
    CHECK(bounded.lower >= 0);
    CHECK(bounded.upper <= 1);
  }
}

TEST_CASE("rules read the assessed group's entries; country-wide facts read the same for every group", "[bounds][profile]") {
  Standard s;
  Assessment a = Assess(s.pack, s.ds, s.pool, AssessOptions{{"TUR"}, std::nullopt, 0});
  // Türkiye's primary group is temporary protection, whose six-month wait now counts.
  const RuleResult& wait = s.Result(a, "TUR", "rtw.waiting_period");
  REQUIRE(wait.status == RuleStatus::kOk);
  CHECK(wait.score == 0.5);

  // A made-up profile with two groups: refugees (primary) may work at once, asylum seekers after 9 months.
  const FactCatalogue& cat = s.ds.catalogue;
  Dataset ds = MakeDataset({MakeProfile("ARG", {{"rtw.waiting_period_months", FactValue{0.0}},
                                                {"intl.icescr.party", FactValue{true}}})});
  CountryProfile& p = ds.countries[0];
  FactEntry asylum;
  asylum.value = 9.0;
  asylum.group = *cat.FindGroup("asylum_seekers");
  asylum.sources = p.facts[static_cast<size_t>(cat.Find("rtw.waiting_period_months")->id)][0].sources;
  p.facts[static_cast<size_t>(cat.Find("rtw.waiting_period_months")->id)].push_back(asylum);
  WorkerPool pool(s.pack, ds.catalogue, 1);
  const int rule = s.pack.info.FindRule("rtw.waiting_period");
  RuleResult refugees, asylum_seekers;
  EvaluateWithBounds(pool.runtime(0), rule, MakeFactView(p, std::nullopt), 0, refugees);
  EvaluateWithBounds(pool.runtime(0), rule, MakeFactView(p, std::nullopt, asylum.group), 0, asylum_seekers);
  CHECK(refugees.score == 1);
  CHECK(asylum_seekers.score == 0.25);
  // The ICESCR is country-wide: assessing asylum seekers reads the same entry.
  const FactView asylum_view = MakeFactView(p, std::nullopt, asylum.group);
  CHECK(asylum_view.Get(cat.Find("intl.icescr.party")->id) != nullptr);
}
