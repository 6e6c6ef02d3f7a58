// The world map: the embedded outlines are well formed and keyed by real codes, and the choropleth colours,
// hatches, greys and names each country as the legend says.
#include <catch2/catch.hpp>

#include <set>

#include "core/model/iso3166.h"
#include "reports/format/svg_world_map.h"
#include "reports/format/world_map_shapes.h"

using namespace workrights;

namespace {
size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}
}  // namespace

TEST_CASE("the embedded outlines are closed SVG paths keyed by distinct ISO alpha-3 codes", "[report]") {
  const auto& shapes = WorldMapShapes();
  REQUIRE(shapes.size() > 170);
  std::set<std::string_view> codes;
  for (const auto& s : shapes) {
    INFO(s.name);
    CHECK(s.path.substr(0, 1) == "M");
    CHECK(s.path.back() == 'z');
    CHECK(s.path.find_first_not_of("Mlz0123456789 -") == std::string_view::npos);
    if (s.iso3.empty()) continue;
    CHECK((!IsoCountryName(s.iso3).empty() || s.iso3 == "XKX"));
    CHECK(codes.insert(s.iso3).second);
  }
  CHECK(codes.count("JOR") == 1);
  CHECK(codes.count("ATA") == 0);  // left out: it would take a third of the height
  CHECK(kWorldMapFrame.width == 960);
  CHECK(kWorldMapFrame.height > 300);
}

TEST_CASE("a value's colour is the class of its fifth of the scale, ends included", "[report]") {
  CHECK(WorldMapColour(0) == "#ffffcc");
  CHECK(WorldMapColour(0.19) == "#ffffcc");
  CHECK(WorldMapColour(0.2) == "#a1dab4");
  CHECK(WorldMapColour(0.5) == "#41b6c4");
  CHECK(WorldMapColour(0.99) == "#253494");
  CHECK(WorldMapColour(1) == "#253494");
  CHECK(WorldMapColour(1.5) == "#253494");
}

TEST_CASE("the world map fills scored countries, hatches unscored ones and greys the rest, each with a title", "[report]") {
  std::vector<MapValue> values = {{"JOR", "Jordan (JOR): overall 0.62 [0.40–0.85]", 0.62, "#JOR"},
                                  {"TUR", "Türkiye <TUR>", std::nullopt, ""},
                                  {"HKG", "Hong Kong", 0.5, "#HKG"}};
  std::string svg = SvgWorldMap(values, "World map & scores", "m1");
  CHECK_THAT(svg, Catch::Contains("viewBox=\"0 0 960 "));
  CHECK_THAT(svg, Catch::Contains("<title id=\"m1-title\">World map &amp; scores</title>"));
  CHECK_THAT(svg, Catch::Contains("<a href=\"#JOR\"><path d=\"M"));
  CHECK_THAT(svg, Catch::Contains("fill=\"#2c7fb8\" data-iso3=\"JOR\"><title>Jordan (JOR): overall 0.62 [0.40–0.85]</title>"));
  CHECK_THAT(svg, Catch::Contains("fill=\"url(#m1-hatch)\" data-iso3=\"TUR\"><title>Türkiye &lt;TUR&gt;</title></path>"));
  CHECK_THAT(svg, Catch::Contains("fill=\"#e4e6e9\"><title>Canada: not in the dataset</title>"));
  CHECK_THAT(svg, Catch::Contains("<pattern id=\"m1-hatch\""));
  CHECK_THAT(svg, !Catch::Contains("data-iso3=\"HKG\""));  // too small at 1:110m
  CHECK(Count(svg, "<path ") == WorldMapShapes().size());
  CHECK(Count(svg, "<title") == WorldMapShapes().size() + 1);
  // The legend: five classes and the two kinds of missing value.
  CHECK_THAT(svg, Catch::Contains(">0–0.2</text>"));
  CHECK_THAT(svg, Catch::Contains(">0.8–1</text>"));
  CHECK_THAT(svg, Catch::Contains(">in the dataset, no score</text>"));
  CHECK_THAT(svg, Catch::Contains(">not in the dataset</text>"));
  CHECK(!OnWorldMap("HKG"));
  CHECK(OnWorldMap("JOR"));
  CHECK(OnWorldMap("XKX"));
}
