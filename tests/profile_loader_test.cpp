// Bad profiles: each problem gets one message with file:line:col, JSON pointer and (where useful) a fix.
#include <catch2/catch.hpp>

#include "core/load/profile_loader.h"
#include "tests/test_support.h"

using namespace workrights;
using namespace workrights::testing;

namespace {

const char* kHeader = R"({
  "country": "JOR", "name": "Jordan", "as_of": "2024-05-01",
  "sources": [{"id": "s1", "title": "T", "publisher": "P", "url": "https://example.org", "date": "2024-01-01"}],
)";

std::vector<std::string> Problems(const std::string& text, const std::string& file = "JOR.json") {
  Diagnostics diags;
  JsonDocument doc = ParseJson(text, file);
  ParseProfile(doc, Catalogue(), diags);
  std::vector<std::string> out;
  for (const auto& d : diags.items()) out.push_back(FormatDiagnostic(d));
  return out;
}

std::vector<std::string> FactProblems(const std::string& facts) {
  return Problems(std::string(kHeader) + "  \"facts\": {\n" + facts + "\n  }\n}");
}

}  // namespace

TEST_CASE("a valid profile loads with its facts, groups and history", "[profile]") {
  auto problems = FactProblems(R"(
    "rtw.wage_employment": {"value": "conditional", "sources": ["s1"], "quote": "Refugees may work with a permit."},
    "rtw.waiting_period_months": [
      {"value": 0, "sources": ["s1"]},
      {"group": "asylum_seekers", "value": 9, "sources": ["s1"], "valid_from": "2020-03-01"},
      {"group": "asylum_seekers", "value": 6, "sources": ["s1"], "valid_from": "2024-02-27"}],
    "intl.refugee_convention_1951.reservations": {"value": ["art17", "art24"], "sources": ["s1"]},
    "pop.refugees": {"value": 700000, "year": 2023, "sources": ["s1"],
                     "uncertainty": {"distribution": "triangular", "min": 650000, "mode": 700000, "max": 800000}})");
  REQUIRE(problems.empty());
  Diagnostics diags;
  auto p = ParseProfile(ParseJson(std::string(kHeader) + R"("facts": {
    "rtw.waiting_period_months": [
      {"value": 0, "sources": ["s1"]},
      {"group": "asylum_seekers", "value": 9, "sources": ["s1"], "valid_from": "2020-03-01"},
      {"group": "asylum_seekers", "value": 6, "sources": ["s1"], "valid_from": "2024-02-27"}]}})", "JOR.json"),
                        Catalogue(), diags);
  REQUIRE(p);
  FactId f = Catalogue().Find("rtw.waiting_period_months")->id;
  GroupId asylum = *Catalogue().FindGroup("asylum_seekers");
  CHECK(std::get<double>(p->Resolve(f, 0, std::nullopt)->value) == 0);
  CHECK(std::get<double>(p->Resolve(f, asylum, std::nullopt)->value) == 6);
  CHECK(std::get<double>(p->Resolve(f, asylum, Date{2022, 1, 1})->value) == 9);
  CHECK(p->Resolve(f, asylum, Date{2019, 1, 1}) == nullptr);  // before any entry: unknown
}

TEST_CASE("each kind of bad profile gets its own clear message", "[profile]") {
  SECTION("unknown fact path, with a suggestion") {
    auto p = FactProblems(R"(    "rtw.wage_employmnt": {"value": "full", "sources": ["s1"]})");
    REQUIRE(p.size() == 1);
    CHECK(p[0] == "JOR.json:5:27: /facts/rtw.wage_employmnt: unknown fact \"rtw.wage_employmnt\" "
                  "(did you mean 'rtw.wage_employment'?)");
  }
  SECTION("wrong type") {
    auto p = FactProblems(R"(    "rtw.closed_sectors": {"value": "yes", "sources": ["s1"]})");
    REQUIRE(p.size() == 1);
    CHECK(p[0] == "JOR.json:5:37: /facts/rtw.closed_sectors/value: fact \"rtw.closed_sectors\" must be true or false, "
                  "but is a string");
  }
  SECTION("enum value not allowed") {
    auto p = FactProblems(R"(    "rtw.wage_employment": {"value": "ful", "sources": ["s1"]})");
    REQUIRE(p.size() == 1);
    CHECK(p[0] == "JOR.json:5:38: /facts/rtw.wage_employment/value: fact \"rtw.wage_employment\" has value \"ful\", "
                  "which is not allowed (did you mean 'full'? allowed: full, conditional, restricted, none)");
  }
  SECTION("source not declared") {
    auto p = FactProblems(R"(    "rtw.closed_sectors": {"value": true, "sources": ["s2"]})");
    REQUIRE(p.size() == 1);
    CHECK(p[0] == "JOR.json:5:55: /facts/rtw.closed_sectors/sources/0: source \"s2\" is not declared in \"sources\" "
                  "(did you mean 's1'?)");
  }
  SECTION("no source at all") {
    auto p = FactProblems(R"(    "rtw.closed_sectors": {"value": true, "sources": []})");
    REQUIRE(p.size() == 1);
    CHECK(p[0].find("a fact needs at least one source (unknown facts are left out)") != std::string::npos);
  }
  SECTION("date that does not exist") {
    auto p = FactProblems(R"(    "rtw.closed_sectors": {"value": true, "sources": ["s1"], "valid_from": "2023-02-30"})");
    REQUIRE(p.size() == 1);
    CHECK(p[0] == "JOR.json:5:76: /facts/rtw.closed_sectors/valid_from: \"2023-02-30\" is not a valid date "
                  "(write YYYY-MM-DD, a day that exists)");
  }
  SECTION("number below its minimum") {
    auto p = FactProblems(R"(    "pop.refugees": {"value": -5, "year": 2023, "sources": ["s1"]})");
    REQUIRE(p.size() == 1);
    CHECK(p[0].find("fact \"pop.refugees\" is -5, below its minimum 0") != std::string::npos);
  }
  SECTION("statistic without a year") {
    auto p = FactProblems(R"(    "pop.refugees": {"value": 5, "sources": ["s1"]})");
    REQUIRE(p.size() == 1);
    CHECK(p[0].find("is a statistic: give its reference \"year\"") != std::string::npos);
  }
  SECTION("group on a fact that does not differ by group") {
    auto p = FactProblems(R"(    "intl.icescr.party": {"value": true, "sources": ["s1"], "group": "asylum_seekers"})");
    REQUIRE(p.size() == 1);
    CHECK(p[0].find("does not differ by group, so it takes no \"group\"") != std::string::npos);
  }
  SECTION("quote over 300 characters") {
    auto p = FactProblems("    \"rtw.closed_sectors\": {\"value\": true, \"sources\": [\"s1\"], \"quote\": \"" +
                          std::string(301, 'x') + "\"}");
    REQUIRE(p.size() == 1);
    CHECK(p[0].find("quote is 301 characters, over the limit of 300") != std::string::npos);
  }
  SECTION("list item not allowed, and listed twice") {
    auto p = FactProblems(R"(    "intl.refugee_convention_1951.reservations": {"value": ["art17", "art17", "art99"], "sources": ["s1"]})");
    REQUIRE(p.size() == 2);
    CHECK(p[0].find("lists \"art17\" twice") != std::string::npos);
    CHECK(p[1].find("item \"art99\" is not allowed") != std::string::npos);
  }
  SECTION("distribution with bad parameters") {
    auto p = FactProblems(R"(    "pop.refugees": {"value": 5, "year": 2023, "sources": ["s1"],
      "uncertainty": {"distribution": "normal", "mean": 5, "sd": -1, "min": 0, "max": 10}})");
    REQUIRE(p.size() == 1);
    CHECK(p[0].find("/facts/pop.refugees/uncertainty/sd: sd must be greater than 0") != std::string::npos);
  }
  SECTION("categorical probabilities that do not add up") {
    auto p = FactProblems(R"(    "rtw.closed_sectors": {"value": true, "sources": ["s1"],
      "uncertainty": {"distribution": "categorical", "p": {"true": 0.5, "false": 0.2}}})");
    REQUIRE(p.size() == 1);
    CHECK(p[0].find("probabilities add up to 0.7") != std::string::npos);
  }
  SECTION("two entries for the same group and date") {
    auto p = FactProblems(R"(    "rtw.closed_sectors": [{"value": true, "sources": ["s1"]}, {"value": false, "sources": ["s1"]}])");
    REQUIRE(p.size() == 1);
    CHECK(p[0].find("two entries for group \"refugees\" hold from the same date") != std::string::npos);
  }
}

TEST_CASE("bad profile headers are reported with pointers", "[profile]") {
  SECTION("ISO code that does not exist") {
    auto p = Problems(R"({"country": "JRD", "name": "J", "as_of": "2024-01-01", "sources": [], "facts": {}})", "JRD.json");
    REQUIRE(p.size() == 1);
    CHECK(p[0].find("/country: \"JRD\" is not an ISO 3166-1 alpha-3 country code") != std::string::npos);
  }
  SECTION("codes ISO 3166-1 leaves to users are accepted (XKX: Kosovo in UN data)") {
    CHECK(Problems(R"({"country": "XKX", "name": "Kosovo", "as_of": "2024-01-01", "sources": [], "facts": {}})", "XKX.json").empty());
    CHECK(Problems(R"({"country": "QMA", "name": "Q", "as_of": "2024-01-01", "sources": [], "facts": {}})", "QMA.json").empty());
    CHECK(Problems(R"({"country": "QLA", "name": "Q", "as_of": "2024-01-01", "sources": [], "facts": {}})", "QLA.json").size() == 1);
  }
  SECTION("file named for another country") {
    auto p = Problems(R"({"country": "JOR", "name": "J", "as_of": "2024-01-01", "sources": [], "facts": {}})", "TUR.json");
    REQUIRE(p.size() == 1);
    CHECK(p[0].find("the file is named TUR.json but describes JOR (rename it to JOR.json)") != std::string::npos);
  }
  SECTION("a name that is another country's (a profile copied and not renamed), or blank") {
    auto p = Problems(R"({"country": "JOR", "name": "türkiye", "as_of": "2024-01-01", "sources": [], "facts": {}})");
    CHECK(p == std::vector<std::string>{"JOR.json:1:28: /name: \"türkiye\" is the name of TUR, but the profile describes JOR (Jordan)"});
    p = Problems(R"({"country": "JOR", "name": " ", "as_of": "2024-01-01", "sources": [], "facts": {}})");
    CHECK(p == std::vector<std::string>{"JOR.json:1:28: /name: \"name\" must not be empty"});
    CHECK(Problems(R"({"country": "COD", "name": "Democratic Republic of the Congo", "as_of": "2024-01-01", "sources": [], "facts": {}})",
                   "COD.json").empty());
  }
  SECTION("unknown key with a suggestion, and a missing key") {
    auto p = Problems(R"({"country": "JOR", "name": "J", "asof": "2024-01-01", "sources": [], "facts": {}})");
    REQUIRE(p.size() == 2);
    CHECK(p[0] == "JOR.json:1:41: /asof: unknown key \"asof\" (did you mean 'as_of'?)");
    CHECK(p[1] == "JOR.json:1:1: missing required key \"as_of\"");
  }
  SECTION("source date in the future") {
    auto p = Problems(R"({"country": "JOR", "name": "J", "as_of": "2024-01-01", "facts": {},
      "sources": [{"id": "s", "title": "T", "publisher": "P", "url": "https://x.org", "date": "2999-01-01"}]})");
    REQUIRE(p.size() == 1);
    CHECK(p[0].find("/sources/0/date: date 2999-01-01 is in the future") != std::string::npos);
  }
  SECTION("a source with neither a publication date nor the day it was read") {
    auto p = Problems(R"({"country": "JOR", "name": "J", "as_of": "2024-01-01", "facts": {},
      "sources": [{"id": "s", "title": "T", "publisher": "P", "url": "https://x.org"}]})");
    REQUIRE(p.size() == 1);
    CHECK(p[0].find("/sources/0: a source needs its publication date (\"date\") or, when the page shows none, the day "
                    "it was read (\"accessed\")") != std::string::npos);
  }
  SECTION("read before it was published") {
    auto p = Problems(R"({"country": "JOR", "name": "J", "as_of": "2024-01-01", "facts": {},
      "sources": [{"id": "s", "title": "T", "publisher": "P", "url": "https://x.org", "date": "2024-02-01",
                   "accessed": "2024-01-31"}]})");
    REQUIRE(p.size() == 1);
    CHECK(p[0].find("/sources/0/accessed: accessed 2024-01-31 is before the publication date 2024-02-01") !=
          std::string::npos);
  }
  SECTION("url that is not a web address") {
    auto p = Problems(R"({"country": "JOR", "name": "J", "as_of": "2024-01-01", "facts": {},
      "sources": [{"id": "s", "title": "T", "publisher": "P", "url": "file:///etc/passwd", "date": "2020-01-01"}]})");
    REQUIRE(p.size() == 1);
    CHECK(p[0].find("url must start with https:// or http://") != std::string::npos);
  }
}

TEST_CASE("every problem in a file is reported in one run", "[profile]") {
  auto p = FactProblems(R"(
    "rtw.wage_employment": {"value": "ful", "sources": ["s1"]},
    "rtw.closed_sectors": {"value": 1, "sources": ["nope"]},
    "made.up": {"value": 1, "sources": ["s1"]})");
  CHECK(p.size() == 4);
}

TEST_CASE("loading a folder reports problems across files and refuses a second profile of a country", "[profile]") {
  TempDir dir;
  dir.Write("catalogue.json", ReadFile(RepoDir() + "/data/catalogue.json"));
  std::string ok = R"({"country": "JOR", "name": "Jordan", "as_of": "2024-01-01", "sources": [], "facts": {}})";
  dir.Write("profiles/JOR.json", ok);
  dir.Write("profiles/TUR.json", R"({"country": "TUR", "name": "T", "as_of": "2024-01-01", "sources": [], "facts": {"x": 1}})");
  dir.Write("profiles/bad.json", "{\"country\": ");
  try {
    LoadDataset(dir.path().string());
    FAIL("expected an error");
  } catch (const InputError& e) {
    REQUIRE(e.diagnostics().size() == 2);
    CHECK(e.diagnostics()[0].where.file.find("TUR.json") != std::string::npos);
    CHECK(e.diagnostics()[1].where.file.find("bad.json") != std::string::npos);
  }
}

TEST_CASE("the shipped dataset loads, and its hash is stable", "[profile]") {
  Dataset a = LoadDataset(RepoDir() + "/data");
  Dataset b = LoadDataset(RepoDir() + "/data");
  CHECK(a.countries.size() >= 3);
  CHECK(a.hash.size() == 64);
  CHECK(a.hash == b.hash);
}

TEST_CASE("an undated page is cited with the day it was read, never with an invented date", "[profile]") {
  Source dated, by_year, undated;
  dated.date = ParsePartialDate("2024-05-01");
  dated.accessed = ParseDate("2026-01-02");
  by_year.date = ParsePartialDate("2019");
  undated.accessed = ParseDate("2026-01-02");
  CHECK(SourceDateText(dated) == "2024-05-01");
  CHECK(SourceDateText(by_year) == "2019");
  CHECK(SourceDateText(undated) == "undated, accessed 2026-01-02");
}

namespace {

std::string SourcesProfile(const std::string& sources) {
  return R"({"country": "JOR", "name": "J", "as_of": "2024-01-01", "facts": {}, "sources": [)" + sources + "]}";
}

/// The profile's warnings, formatted; its errors must be none.
std::vector<std::string> Warnings(const std::string& text) {
  Diagnostics diags, warnings;
  JsonDocument doc = ParseJson(text, "JOR.json");
  ParseProfile(doc, Catalogue(), diags, &warnings);
  REQUIRE(diags.empty());
  std::vector<std::string> out;
  for (const auto& d : warnings.items()) out.push_back(FormatDiagnostic(d));
  return out;
}

std::optional<CountryProfile> Load(const std::string& text) {
  Diagnostics diags;
  JsonDocument doc = ParseJson(text, "JOR.json");
  return ParseProfile(doc, Catalogue(), diags);
}

}  // namespace

TEST_CASE("a source's date is kept as precise as the source gives it", "[profile]") {
  auto p = Load(SourcesProfile(R"({"id": "y", "title": "T", "publisher": "P", "url": "https://x.org", "date": "2019"},
      {"id": "m", "title": "T", "publisher": "P", "url": "https://x.org", "date": "2021-06"},
      {"id": "d", "title": "T", "publisher": "P", "url": "https://x.org", "date": "2022-03-04"})"));
  REQUIRE(p.has_value());
  REQUIRE(p->sources.size() == 3);
  CHECK(p->sources[0].date->ToString() == "2019");
  CHECK(p->sources[1].date->ToString() == "2021-06");
  CHECK(p->sources[2].date->ToString() == "2022-03-04");
}

TEST_CASE("partial source dates are checked against the days they can mean", "[profile]") {
  SECTION("a malformed partial date names the three forms") {
    auto p = Problems(SourcesProfile(R"({"id": "s", "title": "T", "publisher": "P", "url": "https://x.org", "date": "2023-13"})"));
    REQUIRE(p.size() == 1);
    CHECK(p[0] == "JOR.json:1:157: /sources/0/date: \"2023-13\" is not a valid date (write YYYY, YYYY-MM or "
                  "YYYY-MM-DD, as precise as the source gives it, a day that exists)");
  }
  SECTION("read within the year a source is dated by: fine") {
    CHECK(Problems(SourcesProfile(R"({"id": "s", "title": "T", "publisher": "P", "url": "https://x.org",
                                      "date": "2024", "accessed": "2024-01-01"})")).empty());
    CHECK(Problems(SourcesProfile(R"({"id": "s", "title": "T", "publisher": "P", "url": "https://x.org",
                                      "date": "2024-02", "accessed": "2024-02-01"})")).empty());
  }
  SECTION("read before the first day a partial date can mean") {
    auto p = Problems(SourcesProfile(R"({"id": "s", "title": "T", "publisher": "P", "url": "https://x.org",
                                         "date": "2024-02", "accessed": "2024-01-31"})"));
    REQUIRE(p.size() == 1);
    CHECK(p[0].find("/sources/0/accessed: accessed 2024-01-31 is before the publication date 2024-02") !=
          std::string::npos);
  }
  SECTION("this year is not in the future; next year is") {
    int year = TodayUtc().year;
    CHECK(Problems(SourcesProfile(R"({"id": "s", "title": "T", "publisher": "P", "url": "https://x.org", "date": ")" +
                                  std::to_string(year) + "\"}")).empty());
    auto p = Problems(SourcesProfile(R"({"id": "s", "title": "T", "publisher": "P", "url": "https://x.org", "date": ")" +
                                     std::to_string(year + 1) + "\"}"));
    REQUIRE(p.size() == 1);
    CHECK(p[0].find("/sources/0/date: date " + std::to_string(year + 1) + " is in the future") != std::string::npos);
  }
}

TEST_CASE("a source read in a copy keeps the original as the cited source", "[profile]") {
  SECTION("copy_url and copy_note load") {
    auto p = Load(SourcesProfile(R"({"id": "s", "title": "Decree 12", "publisher": "Ministry", "url": "https://gov.example/d12",
        "date": "2019", "copy_url": "https://docslib.org/doc/1/decree-12", "copy_note": "the ministry's link is dead"})"));
    REQUIRE(p.has_value());
    CHECK(p->sources[0].url == "https://gov.example/d12");
    CHECK(p->sources[0].copy_url == "https://docslib.org/doc/1/decree-12");
    CHECK(SourceCopyText(p->sources[0]) ==
          "read in a copy at https://docslib.org/doc/1/decree-12 (the ministry's link is dead)");
  }
  SECTION("copy_url must be a web address") {
    auto p = Problems(SourcesProfile(R"({"id": "s", "title": "T", "publisher": "P", "url": "https://x.org",
                                         "date": "2019", "copy_url": "ftp://mirror.example/x"})"));
    REQUIRE(p.size() == 1);
    CHECK(p[0].find("/sources/0/copy_url: copy_url must start with https:// or http://") != std::string::npos);
  }
  SECTION("a copy_note without a copy_url") {
    auto p = Problems(SourcesProfile(R"({"id": "s", "title": "T", "publisher": "P", "url": "https://x.org",
                                         "date": "2019", "copy_note": "read on a mirror"})"));
    REQUIRE(p.size() == 1);
    CHECK(p[0].find("/sources/0/copy_note: copy_note describes a copy, but the source has no \"copy_url\" (give the "
                    "address the text was read at as \"copy_url\", or drop the note)") != std::string::npos);
  }
}

TEST_CASE("a mirror cited as the original and an invented-looking day are warnings, not errors", "[profile]") {
  SECTION("a document-sharing site as url") {
    auto w = Warnings(SourcesProfile(R"({"id": "decree", "title": "T", "publisher": "P",
        "url": "https://www.scribd.com/document/1/decree", "date": "2019"})"));
    REQUIRE(w.size() == 1);
    CHECK(w[0] == "JOR.json:2:16: /sources/0/url: source \"decree\" has its url on www.scribd.com, a host of "
                  "copies (republished or archived documents), as if the copy were the original (name the "
                  "original's title, publisher and url, and give this address as \"copy_url\")");
  }
  SECTION("the copy as both url and copy_url: still a warning, the original is missing") {
    auto w = Warnings(SourcesProfile(R"({"id": "decree", "title": "T", "publisher": "P",
        "url": "https://www.scribd.com/document/1/decree", "date": "2019",
        "copy_url": "https://www.scribd.com/document/1/decree"})"));
    REQUIRE(w.size() == 1);
    CHECK(w[0].find("(give the original publisher's address as url (the copy stays as \"copy_url\"); if the "
                    "original cannot be found, the source cannot be cited)") != std::string::npos);
  }
  SECTION("the original as url and the copy as copy_url: no warning") {
    CHECK(Warnings(SourcesProfile(R"({"id": "decree", "title": "T", "publisher": "P",
        "url": "https://www.justice.gov.jo/decree-12", "date": "2019",
        "copy_url": "https://www.scribd.com/document/1/decree"})")).empty());
  }
  SECTION("the first of January") {
    auto w = Warnings(SourcesProfile(R"({"id": "report", "title": "T", "publisher": "P", "url": "https://x.org",
        "date": "2018-01-01"})"));
    REQUIRE(w.size() == 1);
    CHECK(w[0].find("/sources/0/date: source \"report\" is dated 2018-01-01, the first day of the year: likely an "
                    "invented day (write \"2018\" if the source gives only the year)") != std::string::npos);
  }
  SECTION("an ordinary source and a year-only date: no warning") {
    CHECK(Warnings(SourcesProfile(R"({"id": "s", "title": "T", "publisher": "P", "url": "https://www.unhcr.org/x",
        "date": "2018"}, {"id": "t", "title": "T", "publisher": "P", "url": "https://x.org", "date": "2018-02-01"})"))
              .empty());
  }
}

TEST_CASE("an inferred value carries its reasoning", "[profile]") {
  SECTION("inferred with a note loads and is marked") {
    auto problems = FactProblems(R"(
    "rtw.wage_employment": {"value": "full", "sources": ["s1"], "inferred": true,
                            "note": "the law restricts no sector and names no permit"},
    "rtw.closed_sectors": {"value": true, "sources": ["s1"]})");
    CHECK(problems.empty());
    auto p = Load(std::string(kHeader) + R"(  "facts": {
    "rtw.wage_employment": {"value": "full", "sources": ["s1"], "inferred": true, "note": "no restriction is named"},
    "rtw.closed_sectors": {"value": true, "sources": ["s1"]}}})");
    REQUIRE(p.has_value());
    const FactCatalogue& cat = Catalogue();
    CHECK(p->facts[static_cast<size_t>(cat.Find("rtw.wage_employment")->id)][0].inferred);
    CHECK_FALSE(p->facts[static_cast<size_t>(cat.Find("rtw.closed_sectors")->id)][0].inferred);
  }
  SECTION("inferred without a note") {
    auto p = FactProblems(R"(
    "rtw.wage_employment": {"value": "full", "sources": ["s1"], "inferred": true})");
    REQUIRE(p.size() == 1);
    CHECK(p[0].find("/facts/rtw.wage_employment/inferred: an inferred value needs its reasoning in \"note\"") !=
          std::string::npos);
  }
  SECTION("inferred must be a boolean") {
    auto p = FactProblems(R"(
    "rtw.wage_employment": {"value": "full", "sources": ["s1"], "inferred": "yes", "note": "n"})");
    REQUIRE(p.size() == 1);
    CHECK(p[0].find("\"inferred\" must be true or false, but is a string") != std::string::npos);
  }
}

TEST_CASE("a profile may name its schema for editors, and the engine ignores it", "[profile]") {
  auto problems = Problems(R"({"$schema": "../../docs/schema/profile.schema.json",
    "country": "JOR", "name": "Jordan", "as_of": "2024-05-01",
    "sources": [{"id": "s1", "title": "T", "publisher": "P", "url": "https://example.org", "date": "2024-01-01"}],
    "facts": {"rtw.wage_employment": {"value": "conditional", "sources": ["s1"]}}})");
  CHECK(problems.empty());
}
