// The shipped dataset, checked fact by fact: honest data is a property of every file, not of the loader alone.
#include <catch2/catch.hpp>

#include <set>

#include "core/load/profile_loader.h"
#include "tests/test_support.h"

using namespace workrights;
using namespace workrights::testing;

TEST_CASE("every shipped profile: facts in the catalogue, sources declared and complete, dates past, "
          "populations with a year", "[profile]") {
  Dataset ds = LoadDataset(RepoDir() + "/data");
  const Date today = TodayUtc();
  REQUIRE(ds.countries.size() >= 3);
  for (const auto& p : ds.countries) {
    INFO(p.iso3);
    CHECK(p.as_of <= today);
    std::set<std::string> ids;
    for (const auto& s : p.sources) {
      INFO(s.id);
      CHECK(ids.insert(s.id).second);
      CHECK(!s.title.empty());
      CHECK(!s.publisher.empty());
      CHECK((s.url.rfind("https://", 0) == 0 || s.url.rfind("http://", 0) == 0));
      // A publication date, or for an undated page the day it was read; never in the future.
      REQUIRE((s.date || s.accessed));
      if (s.date) {
        CHECK(s.date->Earliest() <= today);
        CHECK(s.date->year >= 1950);
      }
      if (s.accessed) CHECK(*s.accessed <= today);
    }
    REQUIRE(p.facts.size() == ds.catalogue.size());
    for (size_t f = 0; f < p.facts.size(); ++f) {
      const FactSpec& spec = ds.catalogue.Get(static_cast<FactId>(f));
      for (const auto& e : p.facts[f]) {
        INFO(spec.path);
        CHECK(!e.sources.empty());
        for (const auto& id : e.sources) CHECK(ids.count(id) == 1);
        CHECK(e.quote.size() <= 4 * 300);  // at most 300 characters, checked exactly by the loader
        if (e.valid_from) CHECK(*e.valid_from <= today);
        if (spec.path.rfind("pop.", 0) == 0) {
          CHECK(std::holds_alternative<double>(e.value));
          CHECK(e.year.has_value());
        }
      }
    }
  }
}

TEST_CASE("a number fact needs a plausible range in the catalogue, so implausible values are refused at load",
          "[profile]") {
  auto problems = [](const std::string& fact_fields) {
    std::string text = R"({"catalogue_version": "1", "groups": {"refugees": "R"}, "topics": {"t": "T"},
      "facts": [{"path": "pop.x", "label": "x", "type": "number", "topic": "t", "meaning": "M")" + fact_fields + "}]}";
    try {
      FactCatalogue::Load(ParseJson(text, "catalogue.json"));
    } catch (const InputError& e) {
      return std::string(e.diagnostics().at(0).where.pointer + ": " + e.diagnostics().at(0).message);
    }
    return std::string("(loaded)");
  };
  CHECK(problems(", \"min\": 0") == "/facts/0: number fact \"pop.x\" needs \"min\" and \"max\" (the range of plausible values)");
  CHECK(problems(", \"min\": 5, \"max\": 1") == "/facts/0/min: min is greater than max");
  CHECK(problems(", \"min\": 0, \"max\": 100000000") == "(loaded)");
}

TEST_CASE("every catalogue fact needs a short label, the words reports show for its path", "[profile]") {
  auto problems = [](const std::string& label_field) {
    std::string text = R"({"catalogue_version": "1", "groups": {"refugees": "R"}, "topics": {"t": "T"},
      "facts": [{"path": "law.x", )" + label_field + R"("type": "bool", "topic": "t", "meaning": "M"}]})";
    try {
      FactCatalogue::Load(ParseJson(text, "catalogue.json"));
    } catch (const InputError& e) {
      const Diagnostic& d = e.diagnostics().at(0);
      return d.where.pointer + ":" + std::to_string(d.where.line) + ": " + d.message;
    }
    return std::string("(loaded)");
  };
  CHECK(problems("") == "/facts/0:2: missing required key \"label\"");
  CHECK(problems(R"("label": " ", )") == "/facts/0/label:2: \"label\" must not be empty");
  CHECK(problems(R"("label": 3, )") == "/facts/0/label:2: \"label\" must be a string, but is a number");
  CHECK(problems("\"label\": \"" + std::string(81, 'x') + "\", ") ==
        "/facts/0/label:2: label \"" + std::string(81, 'x') + "\" has 81 characters, more than 80");
  // Characters, not bytes: 80 letters "é" (160 bytes) fit.
  std::string accents;
  for (int i = 0; i < 80; ++i) accents += "\xC3\xA9";
  CHECK(problems("\"label\": \"" + accents + "\", ") == "(loaded)");
  CHECK(Catalogue().Find("rtw_practice.formal_employment_share")->label ==
        "share of employed in formal jobs");
}
