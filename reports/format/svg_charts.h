#pragma once
// Small inline SVG charts drawn by our own code (no library, nothing fetched). Unknown values are drawn as
// hatched grey boxes labelled "unknown", never as zero.
#include <optional>
#include <string>
#include <vector>

namespace workrights {

/// A coordinate with one decimal, and a tick value with two: how every chart writes its numbers.
std::string SvgNumber(double x);
std::string SvgTick(double x);

struct BarItem {
  std::string label;
  std::optional<double> value;  ///< 0..1
};

/// Horizontal bars from 0 to 1, one per item, under an accessible `title`; `id` prefixes the chart's internal ids,
/// so it must be unique in the page.
std::string SvgBars(const std::vector<BarItem>& items, const std::string& title, const std::string& id, int width = 520);

struct ScatterPoint {
  std::string label;
  double x, y;  ///< 0..1
};

/// x against y with the diagonal (x = y), ticks every quarter and an accessible `title`; both axes run from the
/// quarter at or below the lowest value to 1. Points
/// at the same place share one mark and one label; labels are placed where they overlap no other label or mark,
/// and those that find no room are named in a line under the chart. `id` must be unique in the page.
std::string SvgScatter(const std::vector<ScatterPoint>& points, const std::string& x_label, const std::string& y_label,
                       const std::string& title, const std::string& id, int size = 560);

struct IntervalItem {
  std::string label;
  std::optional<double> low, mid, high;  ///< e.g. p5, p50, p95
  std::optional<double> marker;          ///< e.g. the baseline
};

/// Horizontal intervals on a common axis [axis_min, axis_max]; `reverse` puts axis_min on the right.
std::string SvgIntervals(const std::vector<IntervalItem>& items, double axis_min, double axis_max,
                         const std::string& axis_label, bool reverse = false, int width = 520,
                         const std::string& id = "intervals");

}  // namespace workrights

namespace workrights {

struct LineSeries {
  std::string label;
  std::vector<std::optional<double>> values;  ///< 0..1, one per x position; nullopt leaves a gap
  std::vector<std::optional<double>> low, high;  ///< an interval band around the line, when given
  std::string colour;
};

struct ChartMark {
  double x;           ///< position on the x axis, 0 = first label, n-1 = last
  std::string label;  ///< shown on hover
};

/// Lines over time on a 0..1 axis: x labels below, each series with its band, vertical marks for dated events.
std::string SvgLines(const std::string& title, const std::vector<std::string>& x_labels,
                     const std::vector<LineSeries>& series, const std::vector<ChartMark>& marks, int width = 620);

}  // namespace workrights
