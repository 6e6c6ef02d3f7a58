// Text from profiles and rules reaches every format escaped for that format: HTML entities, CSV quotes,
// Markdown pipes and angle brackets; non-ASCII text passes through as UTF-8.
#include <catch2/catch.hpp>

#include "core/assess/evaluator.h"
#include "core/rules/rule_pack.h"
#include "reports/assessment/assessment_report.h"
#include "reports/format/csv.h"
#include "reports/format/html.h"
#include "reports/assessment/json_writer.h"
#include "reports/format/markdown_text.h"
#include "reports/format/svg_charts.h"
#include "tests/test_support.h"

using namespace workrights;
using namespace workrights::testing;

namespace {
const std::string kNasty = "Côte <b>&\"Ivoire\", A|B";
}

TEST_CASE("escaping primitives for each format", "[report]") {
  CHECK(HtmlEscape(kNasty) == "Côte &lt;b&gt;&amp;&quot;Ivoire&quot;, A|B");
  CHECK(CsvField(kNasty) == "\"Côte <b>&\"\"Ivoire\"\", A|B\"");
  CHECK(CsvField("plain") == "plain");
  CHECK(CsvField("two\nlines") == "\"two\nlines\"");
  CHECK(MarkdownCell(kNasty) == "Côte &lt;b>&\"Ivoire\", A\\|B");
  CHECK(MarkdownCell("a\nb") == "a<br>b");
  CHECK(CsvNumber(0.5) == "0.5");
  CHECK(CsvNumber(1.0 / 3) == "0.333333");
  CHECK(CsvNumber(std::nan("")) == "");
}

TEST_CASE("a country name and a rule explanation with markup characters are escaped in every format", "[report]") {
  TempDir dir;
  dir.Write("pack.lua", PackLua({"rules/r.lua"}));
  dir.Write("rules/r.lua",
            "return { id = \"r\", title = \"Title <i>&\\\"x\\\", y|z\", domain = \"right_to_work\", dimension = \"de_jure\",\n"
            "  instruments = { \"x\" }, reads = {},\n"
            "  evaluate = function(c) return 0.5, \"Why <script>alert(1)</script> & \\\"quotes\\\", pipes | here — ü\" end }\n");
  CountryProfile p = MakeProfile("CIV", {});
  p.name = kNasty;
  Dataset ds = MakeDataset({p});
  RulePack pack = LoadRulePack(dir.path().string(), ds.catalogue);
  WorkerPool pool(pack, ds.catalogue, 1);
  Assessment a = Assess(pack, ds, pool, AssessOptions{});

  std::string html = AssessmentHtml(a);
  CHECK(html.find("<script>alert") == std::string::npos);
  CHECK(html.find("<script>") == html.rfind("<script>"));  // the page's own sorting script, once
  CHECK(html.find("Why &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;, pipes | here — ü") != std::string::npos);
  CHECK(html.find("Côte &lt;b&gt;&amp;&quot;Ivoire&quot;, A|B") != std::string::npos);

  std::string csv = AssessmentCsv(a);
  CHECK(csv.find("\"Côte <b>&\"\"Ivoire\"\", A|B\"") != std::string::npos);
  CHECK(csv.find("\"Why <script>alert(1)</script> & \"\"quotes\"\", pipes | here — ü\"") != std::string::npos);
  CHECK(csv.find("\r\n") != std::string::npos);

  std::string md = AssessmentMarkdown(a);
  CHECK(md.find("<script>") == std::string::npos);
  CHECK(md.find("pipes \\| here — ü") != std::string::npos);
  CHECK(md.find("Title &lt;i>&\"x\", y\\|z") != std::string::npos);

  std::string json = JsonText(AssessmentToJson(a));
  CHECK(json.find("Why <script>alert(1)</script> & \\\"quotes\\\", pipes | here — ü") != std::string::npos);
}

TEST_CASE("chart row labels fit their column: long names are cut, the full name stays in a tooltip", "[report]") {
  std::vector<IntervalItem> items = {{"Democratic Republic of the Congo", 1, 2, 3, 2},
                                     {"Türkiye", 1, 2, 3, 2},
                                     {"Côte <d'Ivoire> & a very long suffix", 1, 2, 3, 2}};
  std::string svg = SvgIntervals(items, 1, 3, "rank");
  CHECK_THAT(svg, Catch::Contains("<pattern id=\"intervals-hatch\""));
  CHECK_THAT(svg, Catch::Contains("<title>Democratic Republic of the Congo</title>Democratic Republic of…</text>"));
  CHECK_THAT(svg, Catch::Contains("<title>Türkiye</title>Türkiye</text>"));  // counted in characters, not bytes
  CHECK_THAT(svg, Catch::Contains("<title>Côte &lt;d&#39;Ivoire&gt; &amp; a very long suffix</title>"));
  CHECK_THAT(svg, !Catch::Contains("<d'Ivoire>"));
}
