// Spreadsheet data entry: CSV as spreadsheets save it, rows turned into profile entries with the profile loader's
// checks and every problem at its cell, and the template advisers fill.
#include <catch2/catch.hpp>

#include <filesystem>

#include "core/load/csv_reader.h"
#include "core/load/profile_loader.h"
#include "core/load/spreadsheet_import.h"
#include "core/load/spreadsheet_row.h"
#include "reports/docs/spreadsheet_template.h"
#include "tests/test_support.h"

using namespace workrights;
using namespace workrights::testing;

namespace {

constexpr const char* kProfile = R"({
  "country": "JOR",
  "name": "Jordan",
  "as_of": "2024-05-01",
  "sources": [
    {
      "id": "s1",
      "title": "Work permit FAQ",
      "publisher": "UNHCR",
      "url": "https://help.unhcr.org/jordan/",
      "date": "2024-01-10"
    }
  ],
  "facts": {
    "rtw.wage_employment": {
      "value": "conditional",
      "sources": [
        "s1"
      ],
      "quote": "Syrians may work with a permit."
    }
  }
}
)";

constexpr const char* kHeader = "fact,value,group,valid_from,source_title,source_publisher,source_url,source_date,quote\r\n";

std::string Messages(const InputError& e) {
  std::string out;
  for (const auto& d : e.diagnostics()) out += FormatDiagnostic(d) + "\n";
  return out;
}

struct ImportFixture {
  TempDir dir;
  Dataset dataset;
  ImportTarget target;
  ImportFixture() {
    dir.Write("catalogue.json", ReadFile(RepoDir() + "/data/catalogue.json"));
    std::string file = dir.Write("profiles/JOR.json", kProfile);
    dataset = LoadDataset(dir.path().string());
    target = {&dataset, "JOR", file, std::string(kProfile), Date{2024, 6, 1}};
  }
  SpreadsheetImport Import(const std::string& rows) {
    return ImportSpreadsheet(ParseCsv(std::string(kHeader) + rows, "in.csv"), target);
  }
  std::string Errors(const std::string& rows) {
    try {
      Import(rows);
    } catch (const InputError& e) {
      return Messages(e);
    }
    return "no error";
  }
};

}  // namespace

TEST_CASE("CSV as spreadsheets save it: a byte order mark, CRLF, quoted cells with commas, quotes and line breaks",
          "[profile]") {
  CsvDocument doc = ParseCsv("\xEF\xBB\xBF" "a,b\r\n\"x, y\",\"say \"\"no\"\"\r\nthen stop\"\r\n\r\n1,2\r\n", "t.csv");
  REQUIRE(doc.header == std::vector<std::string>{"a", "b"});
  REQUIRE(doc.rows.size() == 2);
  CHECK(doc.rows[0].cells == std::vector<std::string>{"x, y", "say \"no\"\r\nthen stop"});
  CHECK(doc.rows[0].row == 2);
  CHECK(doc.rows[1].row == 4);  // the blank row 3 counts, as in a spreadsheet
  CHECK(doc.rows[1].line == 5);  // the cell with a line break took two lines
  CHECK(ParseCsv("a;b\n1;2,5\n3", "t.csv").rows[0].cells == std::vector<std::string>{"1", "2,5"});
  CHECK(ParseCsv("a,b\n3", "t.csv").rows[0].cells == std::vector<std::string>{"3", ""});
  CHECK(SpreadsheetColumnLetter(1) == "A");
  CHECK(SpreadsheetColumnLetter(28) == "AB");
}

TEST_CASE("malformed CSV is refused at its cell: a quote never closed, text after a quote, not UTF-8", "[profile]") {
  REQUIRE_THROWS_WITH(ParseCsv("a,b\n1,\"open\n2,3\n", "t.csv"),
                      "t.csv:2:2 (b): the quoted cell opened on line 2 is never closed (a cell that starts with \" ends "
                      "with \"; a quote inside a cell is written \"\")");
  REQUIRE_THROWS_WITH(ParseCsv("a,b\n\"x\"y,2\n", "t.csv"),
                      "t.csv:2:1 (a): text after the closing quote of a cell (a quote inside a quoted cell is written \"\")");
  REQUIRE_THROWS_WITH(ParseCsv("a\nT\xfcrkiye\n", "t.csv"),
                      "t.csv:2: the file is not UTF-8 text (save it as \"CSV UTF-8\" (Excel) or with the character set "
                      "\"Unicode (UTF-8)\" (LibreOffice))");
  REQUIRE_THROWS_WITH(ParseCsv("a,b\n1,2,3\n", "t.csv"),
                      "t.csv:2:3 (C): the row has a cell beyond the last named column (give the column a name in row "
                      "1, or empty the cell)");
}

TEST_CASE("rows become entries of the profile, with one new source for identical source cells", "[profile]") {
  ImportFixture f;
  SpreadsheetImport r = f.Import(
      "rtw.self_employment,restricted,,2019-05-01,Labour Code,Ministry of Labour,https://mol.gov.jo/code,2019,\"Art. 12\"\r\n"
      "rtw.self_employment,full,asylum_seekers,,Labour Code,Ministry of Labour,https://mol.gov.jo/code,2019,\r\n"
      "rtw.wage_employment,full,,2024-01-01,Work permit FAQ,UNHCR,https://help.unhcr.org/jordan/,2024-01-10,\r\n"
      "rtw.work_permit.required,,,,,,,,\r\n");
  CHECK(r.added == std::vector<std::string>{
                       "rtw.self_employment = restricted (refugees, from 2019-05-01; row 2)",
                       "rtw.self_employment = full (asylum_seekers; row 3)",
                       "rtw.wage_employment = full (refugees, from 2024-01-01; row 4)"});
  CHECK(r.new_sources == std::vector<std::string>{"ministry-of-labour-2019"});
  CHECK(r.cited_sources == std::vector<std::string>{"s1"});
  CHECK(r.rows_skipped == 1);
  // The result is a profile the loader accepts, with the old entry kept beside the new one.
  Diagnostics diags;
  auto p = ParseProfile(ParseJson(r.profile_text, f.target.profile_file), f.dataset.catalogue, diags);
  REQUIRE(p);
  const FactSpec* wage = f.dataset.catalogue.Find("rtw.wage_employment");
  CHECK(p->facts[static_cast<size_t>(wage->id)].size() == 2);
  CHECK(r.profile_text.find("        \"quote\": \"Art. 12\",\n") != std::string::npos);
}

TEST_CASE("import holds rows to the profile loader's checks, every problem at its cell", "[profile]") {
  ImportFixture f;
  CHECK(f.Errors("rtw.self_employment,ful,,,Labour Code,Ministry of Labour,https://mol.gov.jo/code,2019,\r\n"
                 "rtw.self_employmnt,full,,,Labour Code,Ministry of Labour,https://mol.gov.jo/code,2019,\r\n"
                 "rtw.self_employment,full,refugee,,Labour Code,Ministry of Labour,ftp://mol.gov.jo/code,2019,\r\n") ==
        "in.csv:2:2 (value): fact \"rtw.self_employment\" has value \"ful\", which is not allowed (did you mean 'full'? "
        "allowed: full, conditional, restricted, none)\n"
        "in.csv:3:1 (fact): unknown fact \"rtw.self_employmnt\" (did you mean 'rtw.self_employment'?)\n"
        "in.csv:4:3 (group): unknown group \"refugee\" (did you mean 'refugees'?)\n"
        "in.csv:4:7 (source_url): url must start with https:// or http://\n");
}

TEST_CASE("an entry for the fact, group and date of an existing one is refused, naming both", "[profile]") {
  ImportFixture f;
  std::string errors = f.Errors("rtw.wage_employment,full,,,Labour Code,Ministry of Labour,https://mol.gov.jo/code,2019,\r\n");
  CHECK(errors == "in.csv:2:4 (valid_from): fact \"rtw.wage_employment\" already has an entry for group \"refugees\" "
                  "with no valid_from in the profile, at " + f.target.profile_file +
                  ":15:28 (/facts/rtw.wage_employment) (give the row the date from which its value holds (valid_from); "
                  "to correct an entry, edit it in the profile)\n");
}

TEST_CASE("a value the spreadsheet shows reads back as the same value", "[profile]") {
  CHECK(SpreadsheetValueText(FactValue{true}) == "true");
  CHECK(SpreadsheetValueText(FactValue{0.123456789}) == "0.123456789");
  CHECK(SpreadsheetValueText(FactValue{12000.0}) == "12000");
  CHECK(SpreadsheetValueText(FactValue{std::vector<std::string>{"art17", "art24"}}) == "art17; art24");
}

TEST_CASE("a profile written back keeps its key order and layout (2-space JSON): only new entries differ",
          "[profile]") {
  for (const auto& f : std::filesystem::directory_iterator(RepoDir() + "/data/profiles")) {
    if (f.path().extension() != ".json") continue;
    INFO(f.path().string());
    std::string text = ReadFile(f.path());
    if (text.back() != '\n') text += '\n';
    CHECK(OrderedJson::parse(text).dump(2) + "\n" == text);
  }
}

TEST_CASE("the template lists every fact with its allowed values, and marks facts a table answers", "[report]") {
  Dataset ds = LoadDataset(RepoDir() + "/data");
  TemplateCounts counts;
  std::string csv = SpreadsheetTemplateCsv(ds, ds.Find("JOR"), std::nullopt, Date{2026, 11, 30}, &counts);
  CsvDocument doc = ParseCsv(csv, "template.csv");
  CHECK(doc.rows.size() == ds.catalogue.size());
  CHECK(counts.facts == static_cast<int>(ds.catalogue.size()));
  CHECK(counts.from_tables > 0);
  CHECK(doc.header[0] == "fact");
  CHECK(doc.header.back() == "note");
  for (const auto& row : doc.rows) {
    if (row.cells[0] == "intl.ilo.c087") CHECK(row.cells[6] == "ilo-c087: not entered here");
    if (row.cells[0] == "rtw.self_employment") CHECK(row.cells[4].rfind("full = ", 0) == 0);
  }
}
