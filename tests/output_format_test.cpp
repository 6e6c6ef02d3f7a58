// The output format comes from --format or --out's extension, and must be one the command writes: a file is
// never written in one format under another format's name.
#include <catch2/catch.hpp>

#include "core/cli/output_format.h"

using namespace workrights::cli;

namespace {
const FormatSet kFour = {OutputFormat::kJson, OutputFormat::kCsv, OutputFormat::kMarkdown, OutputFormat::kHtml};
const FormatSet kWithWorkbook = {OutputFormat::kJson, OutputFormat::kCsv, OutputFormat::kXlsx};
}  // namespace

TEST_CASE("the extension of --out chooses the format, whatever its case", "[cli]") {
  CHECK(ChooseFormat("", "out/a.csv", kFour) == OutputFormat::kCsv);
  CHECK(ChooseFormat("", "out/a.md", kFour) == OutputFormat::kMarkdown);
  CHECK(ChooseFormat("", "out/a.HTML", kFour) == OutputFormat::kHtml);
  CHECK(ChooseFormat("", "out/a.htm", kFour) == OutputFormat::kHtml);
  CHECK(ChooseFormat("", "a.json", kFour) == OutputFormat::kJson);
  CHECK(ChooseFormat("", "a.xlsx", kWithWorkbook) == OutputFormat::kXlsx);
}

TEST_CASE("standard output and a name without an extension get --format, else the command's first format", "[cli]") {
  CHECK(ChooseFormat("", "-", kFour) == OutputFormat::kJson);
  CHECK(ChooseFormat("csv", "-", kFour) == OutputFormat::kCsv);
  CHECK(ChooseFormat("markdown", "-", kFour) == OutputFormat::kMarkdown);
  CHECK(ChooseFormat("", "out.d/report", kFour) == OutputFormat::kJson);
  CHECK(ChooseFormat("html", "report", kFour) == OutputFormat::kHtml);
  CHECK(ChooseFormat("", "-", {OutputFormat::kText}) == OutputFormat::kText);
}

TEST_CASE("an extension the command does not write is refused, naming the ones it does", "[cli]") {
  REQUIRE_THROWS_AS(ChooseFormat("", "out.txt", kFour), po::error);
  REQUIRE_THROWS_WITH(ChooseFormat("", "out.txt", kFour),
                      "--out 'out.txt' ends in .txt, which is not a format this command writes; use .json, .csv, .md "
                      "or .html (or --out - for json on standard output)");
  REQUIRE_THROWS_WITH(ChooseFormat("", "all.xlsx", kFour),
                      "--out 'all.xlsx' ends in .xlsx, which is not a format this command writes; use .json, .csv, "
                      ".md or .html (or --out - for json on standard output)");
  REQUIRE_THROWS_WITH(ChooseFormat("", "shard.json", {OutputFormat::kShard}),
                      "--out 'shard.json' ends in .json, which is not a format this command writes; use .bin");
}

TEST_CASE("a --format the command does not write is refused, naming the ones it does", "[cli]") {
  REQUIRE_THROWS_WITH(ChooseFormat("xlsx", "-", kFour), "--format 'xlsx' is not one this command writes; use json, csv, md or html");
  REQUIRE_THROWS_WITH(ChooseFormat("xls", "a.json", kWithWorkbook), "--format 'xls' is not one this command writes; use json, csv or xlsx");
}

TEST_CASE("--format and an extension that disagree are refused", "[cli]") {
  REQUIRE_THROWS_WITH(ChooseFormat("csv", "a.json", kFour),
                      "--format csv contradicts --out 'a.json' (.json); drop --format or name the file .csv");
  CHECK(ChooseFormat("md", "a.markdown", kFour) == OutputFormat::kMarkdown);
}

TEST_CASE("a binary format never goes to standard output", "[cli]") {
  REQUIRE_THROWS_WITH(ChooseFormat("xlsx", "-", kWithWorkbook), "xlsx is a binary format, not for standard output; give --out FILE.xlsx");
  REQUIRE_THROWS_WITH(ChooseFormat("", "-", {OutputFormat::kShard}), "shard is a binary format, not for standard output; give --out FILE.bin");
}

TEST_CASE("--bom applies to CSV only", "[cli]") {
  FormatOptions bom{"", true};
  CHECK(ChooseFormat(bom, "a.csv", kFour) == OutputFormat::kCsv);
  REQUIRE_THROWS_WITH(ChooseFormat(bom, "a.md", kFour), "--bom applies to CSV output only, not md");
}

TEST_CASE("--format's help lists what the command writes", "[cli]") {
  CHECK(FormatHelp(kFour) == "json, csv, md or html (default: from --out's extension, else json)");
  CHECK(FormatHelp({OutputFormat::kText}) == "txt (default: from --out's extension, else txt)");
}
