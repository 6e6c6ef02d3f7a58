// CSV for spreadsheets: RFC 4180 quoting, and no text cell a spreadsheet would run as a formula.
#include <catch2/catch.hpp>

#include "reports/format/csv.h"

using namespace workrights;

TEST_CASE("a text cell that could start a formula gets a single quote in front (OWASP CSV injection)", "[report]") {
  CHECK(CsvField("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
  CHECK(CsvField("+cmd") == "'+cmd");
  CHECK(CsvField("-2+3") == "'-2+3");
  CHECK(CsvField("@SUM(A1)") == "'@SUM(A1)");
  CHECK(CsvField("\tx") == "'\tx");
  CHECK(CsvField("\rx") == "\"'\rx\"");
  CHECK(CsvField("- a bullet") == "'- a bullet");
  CHECK(CsvField("-") == "'-");
}

TEST_CASE("numbers stay numbers: a sign in front of a plain number is not neutralised", "[report]") {
  CHECK(CsvField("-0.05") == "-0.05");
  CHECK(CsvField("+0.0459") == "+0.0459");
  CHECK(CsvField("-1e-3") == "-1e-3");
  CHECK(CsvField("0.5") == "0.5");
  CHECK(CsvNumber(-0.05) == "-0.05");
  CHECK(IsCsvNumber("-12"));
  CHECK(IsCsvNumber("-.5"));
  CHECK_FALSE(IsCsvNumber("-"));
  CHECK_FALSE(IsCsvNumber("-."));
  CHECK_FALSE(IsCsvNumber("-inf"));
  CHECK_FALSE(IsCsvNumber("-1e"));
  CHECK_FALSE(IsCsvNumber("-1,5"));
  CHECK_FALSE(IsCsvNumber("=1"));
}

TEST_CASE("a cell that merely contains a formula character later is left alone", "[report]") {
  CHECK(CsvField("a=b") == "a=b");
  CHECK(CsvField("Côte d'Ivoire") == "Côte d'Ivoire");
  CHECK(CsvField("2016-01-01") == "2016-01-01");
}

TEST_CASE("every row of a table is neutralised the same way", "[report]") {
  CsvTable t({"name", "score"});
  t.Row({"=cmd|' /C calc'!A0", "-0.25"});
  CHECK(t.text() == "name,score\r\n'=cmd|' /C calc'!A0,-0.25\r\n");
}
