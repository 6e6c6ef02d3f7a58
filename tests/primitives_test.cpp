#include <catch2/catch.hpp>

#include "core/base/date.h"
#include "core/model/iso3166.h"
#include "core/base/sha256.h"
#include "core/base/spellcheck.h"

using namespace workrights;

TEST_CASE("SHA-256 matches the FIPS 180-4 test vectors", "[profile]") {
  CHECK(Sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(Sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(Sha256Hex(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("dates must exist on the calendar", "[profile]") {
  CHECK(ParseDate("2024-02-29").has_value());
  CHECK_FALSE(ParseDate("2023-02-29").has_value());
  CHECK_FALSE(ParseDate("2023-02-30").has_value());
  CHECK_FALSE(ParseDate("2023-13-01").has_value());
  CHECK_FALSE(ParseDate("2023-1-01").has_value());
  CHECK_FALSE(ParseDate("1800-01-01").has_value());
  CHECK(ParseDate("2021-03-01")->ToString() == "2021-03-01");
}

TEST_CASE("a partial date is a year, a month or a day, as precise as its source gives it", "[profile]") {
  auto year = ParsePartialDate("2023");
  REQUIRE(year.has_value());
  CHECK(*year == PartialDate{2023, 0, 0});
  CHECK(year->ToString() == "2023");
  CHECK(year->Earliest() == Date{2023, 1, 1});
  CHECK(year->Latest() == Date{2023, 12, 31});
  CHECK_FALSE(year->HasDay());

  auto month = ParsePartialDate("2024-02");
  REQUIRE(month.has_value());
  CHECK(*month == PartialDate{2024, 2, 0});
  CHECK(month->ToString() == "2024-02");
  CHECK(month->Earliest() == Date{2024, 2, 1});
  CHECK(month->Latest() == Date{2024, 2, 29});
  CHECK(ParsePartialDate("2023-02")->Latest() == Date{2023, 2, 28});
  CHECK(ParsePartialDate("2023-11")->Latest() == Date{2023, 11, 30});

  auto day = ParsePartialDate("2021-03-07");
  REQUIRE(day.has_value());
  CHECK(day->ToString() == "2021-03-07");
  CHECK(day->Earliest() == Date{2021, 3, 7});
  CHECK(day->Latest() == Date{2021, 3, 7});
  CHECK(day->HasDay());
}

TEST_CASE("a partial date is parsed strictly", "[profile]") {
  for (const char* bad : {"", "23", "202", "20234", "2023-", "2023-13", "2023-00", "2023-1", "2023-1-01", "2023-02-30",
                          "2023-02-29", "2023-04-31", "2023-05-00", "2023/05", "2023-05-", "1899", "1899-12-31",
                          " 2023", "2023 ", "+023", "2023-05-07T00:00", "２０２３"}) {
    INFO(bad);
    CHECK_FALSE(ParsePartialDate(bad).has_value());
  }
  CHECK(ParsePartialDate("1900").has_value());
  CHECK(ParsePartialDate("2024-02-29").has_value());
}

TEST_CASE("full dates are still whole days only", "[profile]") {
  CHECK_FALSE(ParseDate("2023").has_value());
  CHECK_FALSE(ParseDate("2023-05").has_value());
}

TEST_CASE("country codes are checked against ISO 3166-1", "[profile]") {
  CHECK(IsoCountryName("JOR") == "Jordan");
  CHECK(IsoCountryName("TUR") == "Türkiye");
  CHECK(IsoCountryName("XXX").empty());
  CHECK(IsoCountryName("jor").empty());
}

TEST_CASE("did-you-mean suggests the closest name only when it is close", "[cli]") {
  std::vector<std::string> names = {"assess", "check", "explain"};
  CHECK(DidYouMean("asess", names) == "did you mean 'assess'?");
  CHECK(DidYouMean("zzzzzz", names).empty());
}
