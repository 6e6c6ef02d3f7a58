// The assessment's HTML: a world map, an overview written in overall order with sort keys for the browser,
// a printable page per country that opens with key findings, and ids that are unique in the page.
#include <catch2/catch.hpp>

#include <regex>
#include <set>

#include "core/assess/evaluator.h"
#include "core/rules/rule_pack.h"
#include "reports/assessment/assessment_report.h"
#include "tests/test_support.h"

using namespace workrights;
using namespace workrights::testing;

namespace {

std::string AssessThree() {
  TempDir dir;
  dir.Write("pack.lua", PackLua({"rules/a.lua", "rules/b.lua"}, "", {"right_to_work", "labour_rights"}));
  dir.Write("rules/a.lua", SimpleRule("a", "right_to_work", "de_jure"));
  dir.Write("rules/b.lua", SimpleRule("b", "labour_rights", "de_facto"));
  CountryProfile jor = MakeProfile("JOR", {{"rtw.wage_employment", FactValue(std::string("full"))}});
  jor.name = "Jordan";
  CountryProfile ken = MakeProfile("KEN", {});
  ken.name = "Kenya";
  CountryProfile deu = MakeProfile("DEU", {{"rtw.wage_employment", FactValue(std::string("none"))}});
  deu.name = "Germany";
  Dataset ds = MakeDataset({deu, jor, ken});
  RulePack pack = LoadRulePack(dir.path().string(), ds.catalogue);
  WorkerPool pool(pack, ds.catalogue, 1);
  return AssessmentHtml(Assess(pack, ds, pool, AssessOptions{}));
}

}  // namespace

TEST_CASE("the assessment HTML has a world map, a sortable overview in overall order and a page per country", "[report]") {
  const std::string html = AssessThree();
  // The map: every outline drawn, the assessed countries linked to their pages.
  CHECK_THAT(html, Catch::Contains("<svg class=\"chart map\" id=\"world-map\""));
  CHECK_THAT(html, Catch::Contains("<a href=\"#JOR\"><path d=\""));
  CHECK_THAT(html, Catch::Contains("<title>Jordan (JOR): overall 1.00</title>"));
  CHECK_THAT(html, Catch::Contains("<title>Kenya (KEN): overall 0.50 [0.00–1.00]</title>"));
  // The overview: written highest first, so a page read without script is in overall order.
  size_t table = html.find("<table class=\"sortable\">");
  REQUIRE(table != std::string::npos);
  size_t jordan = html.find("data-sort=\"Jordan\"", table), kenya = html.find("data-sort=\"Kenya\"", table),
         germany = html.find("data-sort=\"Germany\"", table);
  CHECK(jordan < kenya);
  CHECK(kenya < germany);
  CHECK_THAT(html, Catch::Contains("<th class=\"num\" aria-sort=\"descending\">overall</th>"));
  CHECK_THAT(html, Catch::Contains("<td class=\"num\" data-sort=\"1.000000\">1.00</td>"));
  CHECK_THAT(html, Catch::Contains("<script>\n(function () {"));
  // Country pages, by name, each opening with its key findings.
  size_t de = html.find("<section class=\"country\" id=\"DEU\">"), jo = html.find("<section class=\"country\" id=\"JOR\">"),
         ke = html.find("<section class=\"country\" id=\"KEN\">");
  REQUIRE(de != std::string::npos);
  CHECK(de < jo);
  CHECK(jo < ke);
  CHECK(html.find("<h3>Key findings</h3>", jo) < html.find("<h3>Rules</h3>", jo));
  CHECK_THAT(html, Catch::Contains("<li><strong>Most worth collecting.</strong> Access to wage employment in law — "));
  CHECK_THAT(html, Catch::Contains("section.country, section.comparison + h2 { break-before: page; }"));
  CHECK_THAT(html, Catch::Contains("@page { size: A4;"));
}

TEST_CASE("every id in the assessment HTML is unique, and every chart has an accessible title", "[report]") {
  const std::string html = AssessThree();
  std::set<std::string> ids;
  std::regex id_attr(" id=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), id_attr); it != std::sregex_iterator(); ++it) {
    INFO((*it)[1].str());
    CHECK(ids.insert((*it)[1].str()).second);
  }
  CHECK(ids.count("bars-JOR-hatch") == 1);
  std::regex svg_open("<svg [^>]*>");
  size_t charts = 0;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), svg_open); it != std::sregex_iterator(); ++it) {
    ++charts;
    std::string tag = it->str();
    INFO(tag);
    CHECK_THAT(tag, Catch::Contains("aria-labelledby=\""));
    CHECK_THAT(tag, Catch::Contains("viewBox=\""));
    CHECK(html.compare(static_cast<size_t>(it->position() + it->length()), 7, "<title ") == 0);
  }
  CHECK(charts == 5);  // the map, the scatter, three countries' bars
}

TEST_CASE("two to four countries are also compared side by side, highest overall first", "[report]") {
  const std::string html = AssessThree();
  size_t section = html.find("<section class=\"comparison\" id=\"comparison\">");
  REQUIRE(section != std::string::npos);
  CHECK(section < html.find("id=\"world-map\""));
  CHECK_THAT(html, Catch::Contains("<thead><tr><th></th><th class=\"num\"><a href=\"#JOR\">Jordan (JOR)</a></th>"
                                   "<th class=\"num\"><a href=\"#KEN\">Kenya (KEN)</a></th>"
                                   "<th class=\"num\"><a href=\"#DEU\">Germany (DEU)</a></th></tr></thead>"));
  CHECK_THAT(html, Catch::Contains("<tr><th scope=\"row\">overall</th><td class=\"num\">1.00</td><td class=\"num\">0.50 "
                                   "<span class=\"interval\">[0.00–1.00]</span></td><td class=\"num\">0.00</td></tr>"));
  CHECK_THAT(html, Catch::Contains("<tr><th scope=\"row\">Strongest and weakest</th>"));
  CHECK_THAT(html, Catch::Contains("0 of 2 rules have the same result everywhere"));
  CHECK_THAT(html, Catch::Contains("<tr><th scope=\"row\">Simple a <span class=\"legend\">(in law)</span></th>"
                                   "<td class=\"num\">1.00</td>"));
}
