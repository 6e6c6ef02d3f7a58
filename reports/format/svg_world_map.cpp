#include "reports/format/svg_world_map.h"

#include <algorithm>
#include <array>
#include <map>

#include "reports/format/html.h"
#include "reports/format/world_map_shapes.h"

namespace workrights {
namespace {

// Five classes from light to dark (ColorBrewer YlGnBu): the lightest stays apart from the greys of "no data".
constexpr std::array<std::string_view, 5> kClassColours = {"#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"};
constexpr std::string_view kAbsentFill = "#e4e6e9";
constexpr int kLegendHeight = 34;

std::string Hatch(const std::string& id) {
  return "<pattern id=\"" + id + "-hatch\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" "
         "patternTransform=\"rotate(45)\"><rect width=\"5\" height=\"5\" fill=\"#f0f1f3\"/><line x1=\"0\" y1=\"0\" "
         "x2=\"0\" y2=\"5\" stroke=\"#9aa2ab\" stroke-width=\"1.6\"/></pattern>";
}

std::string Swatch(int x, int y, const std::string& fill, const std::string& label) {
  return "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\" width=\"22\" height=\"12\" fill=\"" +
         fill + "\" stroke=\"#8c959f\" stroke-width=\"0.5\"/><text x=\"" + std::to_string(x + 27) + "\" y=\"" +
         std::to_string(y + 10) + "\">" + HtmlEscape(label) + "</text>";
}

/// The scale under the map: the five classes, then the two kinds of missing value.
std::string Legend(const std::string& id, int top) {
  static const std::array<const char*, 5> kLabels = {"0–0.2", "0.2–0.4", "0.4–0.6", "0.6–0.8", "0.8–1"};
  std::string s = "<g class=\"map-legend\" font-size=\"11\">";
  int x = 8;
  for (size_t i = 0; i < kClassColours.size(); ++i, x += 82) s += Swatch(x, top, std::string(kClassColours[i]), kLabels[i]);
  s += Swatch(x + 14, top, "url(#" + id + "-hatch)", "in the dataset, no score");
  s += Swatch(x + 194, top, std::string(kAbsentFill), "not in the dataset");
  return s + "</g>";
}

}  // namespace

std::string_view WorldMapColour(double value) {
  auto k = static_cast<size_t>(std::clamp(value, 0.0, 1.0) * 5);
  return kClassColours[std::min<size_t>(k, kClassColours.size() - 1)];
}

bool OnWorldMap(std::string_view iso3) {
  const auto& shapes = WorldMapShapes();
  return std::any_of(shapes.begin(), shapes.end(), [&](const CountryShape& s) { return s.iso3 == iso3; });
}

std::string SvgWorldMap(const std::vector<MapValue>& values, const std::string& title, const std::string& id) {
  std::map<std::string_view, const MapValue*> by_code;
  for (const auto& v : values) by_code.emplace(v.iso3, &v);
  const int w = kWorldMapFrame.width, h = kWorldMapFrame.height + kLegendHeight;
  std::string s = "<svg class=\"chart map\" id=\"" + id + "\" role=\"img\" aria-labelledby=\"" + id +
                  "-title\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(w) + "\" height=\"" +
                  std::to_string(h) + "\" viewBox=\"0 0 " + std::to_string(w) + " " + std::to_string(h) +
                  "\" font-size=\"11\"><title id=\"" + id + "-title\">" + HtmlEscape(title) + "</title><defs>" + Hatch(id) +
                  "</defs><g stroke=\"#fff\" stroke-width=\"0.5\" stroke-linejoin=\"round\">";
  for (const CountryShape& shape : WorldMapShapes()) {
    auto it = shape.iso3.empty() ? by_code.end() : by_code.find(shape.iso3);
    if (it == by_code.end()) {
      s += "<path d=\"" + std::string(shape.path) + "\" fill=\"" + std::string(kAbsentFill) + "\"><title>" +
           HtmlEscape(shape.name) + ": not in the dataset</title></path>";
      continue;
    }
    const MapValue& v = *it->second;
    std::string fill = v.value ? std::string(WorldMapColour(*v.value)) : "url(#" + id + "-hatch)";
    std::string path = "<path d=\"" + std::string(shape.path) + "\" fill=\"" + fill + "\" data-iso3=\"" +
                       std::string(shape.iso3) + "\"><title>" + HtmlEscape(v.label) + "</title></path>";
    s += v.href.empty() ? path : "<a href=\"" + HtmlEscape(v.href) + "\">" + path + "</a>";
  }
  s += "</g>" + Legend(id, kWorldMapFrame.height + 10);
  return s + "</svg>";
}

}  // namespace workrights
