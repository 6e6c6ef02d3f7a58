#pragma once
// A world choropleth drawn from the embedded Natural Earth outlines (reports/format/world_map_shapes.h): one
// colour class per fifth of the 0..1 scale, hatched grey for a country in the dataset without a value, plain
// grey for one not in it. Each country names itself and its value on hover (<title>).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace workrights {

struct MapValue {
  std::string iso3;
  std::string label;             ///< the hover text, e.g. "Jordan (JOR): overall 0.62 [0.40–0.85]"
  std::optional<double> value;   ///< 0..1; nullopt draws the country hatched
  std::string href;              ///< where a click goes ("#JOR"), or ""
};

/// The map with its legend; `id` prefixes the SVG's internal ids so several maps can share a page.
std::string SvgWorldMap(const std::vector<MapValue>& values, const std::string& title, const std::string& id);

/// False for a country too small for the 1:110m outlines (Hong Kong, Singapore): the report lists it instead.
bool OnWorldMap(std::string_view iso3);

/// The fill of a value's class (a fifth of 0..1), as the legend shows it.
std::string_view WorldMapColour(double value);

}  // namespace workrights
