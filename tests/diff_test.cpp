#include <catch2/catch.hpp>

#include "core/assess/evaluator.h"
#include "core/load/profile_loader.h"
#include "core/monitor/assessment_diff.h"
#include "core/monitor/group_gaps.h"
#include "core/rules/rule_pack.h"
#include "reports/assessment/assessment_report.h"
#include "reports/monitoring/diff_report.h"
#include "tests/test_support.h"

using namespace workrights;
using namespace workrights::testing;

namespace {

// A made-up country whose law opens wage employment on 2020-06-01 and whose movement rule is known from 2022.
const char* kTwoDateProfile = R"({
  "country": "QMA", "name": "Made-up A", "as_of": "2024-01-01",
  "sources": [{"id": "s", "title": "Law", "publisher": "Gazette", "url": "https://example.org/law", "date": "2020-06"}],
  "facts": {
    "rtw.wage_employment": [
      {"value": "none", "sources": ["s"], "quote": "no work"},
      {"value": "full", "sources": ["s"], "quote": "work as nationals", "valid_from": "2020-06-01"}],
    "rtw.quota": {"value": true, "sources": ["s"], "quote": "quota"},
    "mov.freedom_of_movement": {"value": "free", "sources": ["s"], "quote": "free to move", "valid_from": "2022-01-01"}
  }
})";

const char* kMovementRule = R"(return {
  id = "mov", title = "Movement", domain = "right_to_work", dimension = "de_jure", weight = 1,
  instruments = { "1951 Refugee Convention, Art. 26" },
  reads = { "mov.freedom_of_movement" },
  evaluate = function(c)
    if c:fact("mov.freedom_of_movement") == "free" then return 1, "free" end
    return 0, "not free"
  end,
}
)";

struct Fixture {
  TempDir dir;
  Fixture() {
    dir.Write("data/catalogue.json", ReadFile(RepoDir() + "/data/catalogue.json"));
    dir.Write("data/profiles/QMA.json", kTwoDateProfile);
    dir.Write("pack/pack.lua", PackLua({"wage.lua", "mov.lua"}));
    dir.Write("pack/wage.lua", SimpleRule("wage"));
    dir.Write("pack/mov.lua", kMovementRule);
  }
  std::string Data() const { return (dir.path() / "data").string(); }
  std::string Pack() const { return (dir.path() / "pack").string(); }
};

/// An assessment that owns its data, pack and pool, so two can be compared.
struct Side {
  Dataset ds;
  RulePack pack;
  WorkerPool pool;
  Assessment a;
  Side(const std::string& data, const std::string& pack_dir, Date as_of)
      : ds(LoadDataset(data)), pack(LoadRulePack(pack_dir, ds.catalogue)), pool(pack, ds.catalogue, 1) {
    AssessOptions options;
    options.as_of = as_of;
    a = Assess(pack, ds, pool, options);
  }
};

/// The fixture's country from 2019 (wage employment closed, movement unknown) to 2023 (both open).
struct WageOpened {
  Side before, after;
  AssessmentDiff diff;
  explicit WageOpened(const Fixture& f)
      : before(f.Data(), f.Pack(), Date{2019, 1, 1}), after(f.Data(), f.Pack(), Date{2023, 1, 1}),
        diff(DiffAssessments(before.a, after.a)) {}
};

const ScoreChange* FindScore(const CountryDiff& c, const std::string& id) {
  for (const auto& s : c.scores) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("diff between two dates: the facts that changed, the rules that moved and why, by hand", "[diff]") {
  Fixture f;
  WageOpened w(f);
  const AssessmentDiff& d = w.diff;
  REQUIRE(d.countries.size() == 1);
  const CountryDiff& c = d.countries[0];
  CHECK(c.iso3 == "QMA");
  CHECK(c.group == "refugees");
  // Catalogue order: rtw.wage_employment comes before mov.freedom_of_movement; rtw.quota did not change.
  REQUIRE(c.facts.size() == 2);
  CHECK(c.facts[0].fact == "rtw.wage_employment");
  CHECK(std::get<std::string>(c.facts[0].before.entry->value) == "none");
  CHECK(std::get<std::string>(c.facts[0].after.entry->value) == "full");
  CHECK(c.facts[0].after.entry->valid_from == Date{2020, 6, 1});
  CHECK(c.facts[1].fact == "mov.freedom_of_movement");
  CHECK(c.facts[1].before.entry == nullptr);
  CHECK(std::get<std::string>(c.facts[1].after.entry->value) == "free");

  const ScoreChange* wage = FindScore(c, "wage");
  REQUIRE(wage);
  CHECK(wage->before->point == 0);
  CHECK(wage->after->point == 1);
  CHECK(wage->because == std::vector<std::string>{"rtw.wage_employment"});
  const ScoreChange* mov = FindScore(c, "mov");
  REQUIRE(mov);
  CHECK(mov->before->lower == 0);  // unknown before: anything from 0 to 1
  CHECK(mov->before->upper == 1);
  CHECK(mov->after->lower == 1);
  CHECK(mov->because == std::vector<std::string>{"mov.freedom_of_movement"});
  // The de jure figure of right_to_work goes from [0, 0.5] (wage 0, movement unknown) to 1.
  const ScoreChange* law = FindScore(c, "de_jure");
  REQUIRE(law);
  CHECK(law->before->lower == Approx(0));
  CHECK(law->before->upper == Approx(0.5));
  CHECK(law->after->point == Approx(1));
}

TEST_CASE("diff: advisers read each changed fact by its label, the data and CSV keep its path", "[diff][report]") {
  Fixture f;
  WageOpened w(f);
  const AssessmentDiff& d = w.diff;
  REQUIRE(d.countries.size() == 1);
  const CountryDiff& c = d.countries[0];
  const std::string label = w.after.ds.catalogue.Find("rtw.wage_employment")->label;
  REQUIRE(label != "rtw.wage_employment");
  CHECK(c.facts[0].label == label);
  const std::string markdown = DiffMarkdown(d), html = DiffHtml(d);
  CHECK_THAT(markdown, Catch::Contains("facts changed: " + label) && Catch::Contains("\n| " + label + " | none | full |") &&
                           !Catch::Contains("rtw.wage_employment"));
  CHECK_THAT(html, Catch::Contains("<span class=\"fact\" title=\"rtw.wage_employment\">" + label + "</span>") &&
                       Catch::Contains("facts changed: " + label));
  CHECK_THAT(DiffCsv(d), Catch::Contains("facts changed: rtw.wage_employment") && !Catch::Contains(label));
  CHECK(CountryDiffJson(c)["facts"][0]["fact"] == "rtw.wage_employment");
}

TEST_CASE("diff: no change between two dates with the same facts in force", "[diff]") {
  Fixture f;
  const std::string pack = f.Pack();
  Side before(f.Data(), pack, Date{2022, 1, 1}), after(f.Data(), pack, Date{2023, 6, 30});
  CHECK(DiffAssessments(before.a, after.a).Empty());
}

TEST_CASE("diff between two data folders: countries added and removed, a value corrected", "[diff]") {
  Fixture f;
  const std::string pack = f.Pack();
  std::string edited = kTwoDateProfile;
  edited.replace(edited.find("\"free\""), 6, "\"conditional\"");
  f.dir.Write("data2/catalogue.json", ReadFile(RepoDir() + "/data/catalogue.json"));
  f.dir.Write("data2/profiles/QMA.json", edited);
  std::string other = kTwoDateProfile;
  other.replace(other.find("QMA"), 3, "QMB");
  f.dir.Write("data2/profiles/QMB.json", other);
  Side before(f.Data(), pack, Date{2023, 1, 1}), after((f.dir.path() / "data2").string(), pack, Date{2023, 1, 1});
  AssessmentDiff d = DiffAssessments(before.a, after.a);
  CHECK(d.added == std::vector<std::string>{"QMB"});
  CHECK(d.removed.empty());
  REQUIRE(d.countries.size() == 1);
  REQUIRE(d.countries[0].facts.size() == 1);
  CHECK(std::get<std::string>(d.countries[0].facts[0].after.entry->value) == "conditional");
  CHECK(FindScore(d.countries[0], "mov")->after->point == 0);
  CHECK(!DiffAssessments(after.a, before.a).removed.empty());
}

TEST_CASE("assess --group all: each described group, and the gap against the primary group with its facts", "[diff][group]") {
  Fixture f;
  f.dir.Write("data/profiles/QMA.json", R"({
  "country": "QMA", "name": "Made-up A", "as_of": "2024-01-01",
  "sources": [{"id": "s", "title": "Law", "publisher": "Gazette", "url": "https://example.org/law", "date": "2020"}],
  "facts": {
    "rtw.wage_employment": [
      {"value": "full", "sources": ["s"], "quote": "refugees work as nationals"},
      {"group": "asylum_seekers", "value": "none", "sources": ["s"], "quote": "asylum seekers may not work"}],
    "mov.freedom_of_movement": {"value": "free", "sources": ["s"], "quote": "free to move"}
  }
})");
  const std::string pack = f.Pack();
  Dataset ds = LoadDataset(f.Data());
  RulePack rp = LoadRulePack(pack, ds.catalogue);
  WorkerPool pool(rp, ds.catalogue, 1);
  AssessOptions options;
  options.as_of = Date{2025, 1, 1};
  options.all_groups = true;
  Assessment a = Assess(rp, ds, pool, options);
  REQUIRE(a.countries.size() == 2);  // refugees (primary) and asylum seekers: the groups the data describe
  CHECK(ds.catalogue.GroupName(a.countries[0].view.group) == "refugees");
  CHECK(ds.catalogue.GroupName(a.countries[1].view.group) == "asylum_seekers");
  std::vector<GroupGap> gaps = GroupGaps(a);
  REQUIRE(gaps.size() == 1);
  CHECK(gaps[0].against == "refugees");
  CHECK(gaps[0].diff.group == "asylum_seekers");
  // Movement is stated for the primary group only: for asylum seekers it is unknown, so it shows as a gap too.
  REQUIRE(gaps[0].diff.facts.size() == 2);
  CHECK(gaps[0].diff.facts[0].fact == "rtw.wage_employment");
  CHECK(gaps[0].diff.facts[1].fact == "mov.freedom_of_movement");
  CHECK(FindScore(gaps[0].diff, "wage")->after->point == 0);
  // The assessment lays the gap out in its templates, in the diff's tables: rows in Markdown, sides as markup in HTML.
  const std::string wage = ds.catalogue.Find("rtw.wage_employment")->label;
  CHECK_THAT(AssessmentMarkdown(a), Catch::Contains("### Made-up A (QMA): asylum seekers against refugees\n\n"
                                                    "| score | refugees | asylum seekers | why |") &&
                                        Catch::Contains("\n| " + wage + " | full | none | — | Law (https://example.org/law): "
                                                        "“refugees work as nationals” |"));
  CHECK_THAT(AssessmentHtml(a),
             Catch::Contains("<h3>Made-up A (QMA): asylum seekers against refugees</h3>\n<table><thead><tr><th>fact</th>") &&
                 Catch::Contains("<td>none<br><small><a href=\"https://example.org/law\">Law</a></small>"
                                 "<blockquote>asylum seekers may not work</blockquote></td>"));

  options.all_groups = false;
  options.group = ds.catalogue.FindGroup("temporary_protection");
  CHECK(Assess(rp, ds, pool, options).countries.empty());  // no data for that group: not assessed
  options.group = ds.catalogue.FindGroup("asylum_seekers");
  Assessment one = Assess(rp, ds, pool, options);
  REQUIRE(one.countries.size() == 1);
  CHECK(one.countries[0].results[0].score == 0);
}

TEST_CASE("assess --group all: a group stated as the primary group reads 'No difference.'", "[diff][group]") {
  Fixture f;
  f.dir.Write("data/profiles/QMA.json", R"({
  "country": "QMA", "name": "Made-up A", "as_of": "2024-01-01",
  "sources": [{"id": "s", "title": "Law", "publisher": "Gazette", "url": "https://example.org/law", "date": "2020"}],
  "facts": {
    "rtw.wage_employment": [
      {"value": "full", "sources": ["s"]}, {"group": "asylum_seekers", "value": "full", "sources": ["s"]}],
    "mov.freedom_of_movement": [
      {"value": "free", "sources": ["s"]}, {"group": "asylum_seekers", "value": "free", "sources": ["s"]}]
  }
})");
  Dataset ds = LoadDataset(f.Data());
  RulePack rp = LoadRulePack(f.Pack(), ds.catalogue);
  WorkerPool pool(rp, ds.catalogue, 1);
  AssessOptions options;
  options.all_groups = true;
  Assessment a = Assess(rp, ds, pool, options);
  REQUIRE(GroupGaps(a).size() == 1);
  const std::string heading = "Made-up A (QMA): asylum seekers against refugees";
  CHECK_THAT(AssessmentMarkdown(a), Catch::Contains("### " + heading + "\n\nNo difference.\n"));
  CHECK_THAT(AssessmentHtml(a), Catch::Contains("<section><h3>" + heading + "</h3>\n<p>No difference.</p>\n</section>\n"));
}
