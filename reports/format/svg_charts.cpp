#include "reports/format/svg_charts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "reports/format/html.h"

namespace workrights {

std::string SvgNumber(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", x);
  return buf;
}

std::string SvgTick(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", x);
  return buf;
}

namespace {

std::string F(double x) { return SvgNumber(x); }
std::string Num(double x) { return SvgTick(x); }

// A row label that fits its column: long names ("Democratic Republic of the Congo") are cut with an ellipsis
// so they never run into the bars; the whole name stays in a tooltip. Counts characters, not UTF-8 bytes.
std::string RowLabel(const std::string& label, double x, double y, size_t max_chars) {
  size_t chars = 0, cut = label.size();
  for (size_t i = 0; i < label.size(); ++i) {
    if ((static_cast<unsigned char>(label[i]) & 0xC0) == 0x80) continue;  // UTF-8 continuation byte
    if (chars == max_chars - 1) cut = i;
    ++chars;
  }
  std::string shown = label;
  if (chars > max_chars) {
    shown = label.substr(0, cut);
    while (!shown.empty() && shown.back() == ' ') shown.pop_back();
    shown += "\u2026";
  }
  return "<text x=\"" + F(x) + "\" y=\"" + F(y) + "\"><title>" + HtmlEscape(label) + "</title>" + HtmlEscape(shown) +
         "</text>";
}

std::string Hatch(const std::string& id) {
  return "<defs><pattern id=\"" + id + "-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
         "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#f0f1f3\"/><line x1=\"0\" y1=\"0\" "
         "x2=\"0\" y2=\"6\" stroke=\"#b8bec6\" stroke-width=\"2\"/></pattern></defs>";
}

}  // namespace

std::string SvgBars(const std::vector<BarItem>& items, const std::string& title, const std::string& id, int width) {
  const int label_w = 210, row = 22, bar_w = width - label_w - 70;
  int height = static_cast<int>(items.size()) * row + 8;
  std::string s = "<svg class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(width) +
                  "\" height=\"" + std::to_string(height) + "\" viewBox=\"0 0 " + std::to_string(width) + " " +
                  std::to_string(height) + "\" font-size=\"12\" aria-labelledby=\"" + id + "-title\"><title id=\"" + id +
                  "-title\">" + HtmlEscape(title) + "</title>" + Hatch(id);
  for (size_t i = 0; i < items.size(); ++i) {
    double y = 4 + static_cast<double>(i) * row;
    s += RowLabel(items[i].label, 0, y + 14, 30);  // 210 px at 12 px type
    s += "<rect x=\"" + std::to_string(label_w) + "\" y=\"" + F(y + 3) + "\" width=\"" + std::to_string(bar_w) +
         "\" height=\"14\" fill=\"#f6f8fa\" stroke=\"#d0d7de\"/>";
    if (items[i].value) {
      double w = std::clamp(*items[i].value, 0.0, 1.0) * bar_w;
      s += "<rect x=\"" + std::to_string(label_w) + "\" y=\"" + F(y + 3) + "\" width=\"" + F(w) +
           "\" height=\"14\" fill=\"#2f6fb3\"/>";
      s += "<text x=\"" + std::to_string(label_w + bar_w + 6) + "\" y=\"" + F(y + 14) + "\">" + Num(*items[i].value) + "</text>";
    } else {
      s += "<rect x=\"" + std::to_string(label_w) + "\" y=\"" + F(y + 3) + "\" width=\"" + std::to_string(bar_w) +
           "\" height=\"14\" fill=\"url(#" + id + "-hatch)\"/>";
      s += "<text x=\"" + std::to_string(label_w + bar_w + 6) + "\" y=\"" + F(y + 14) + "\" fill=\"#6e7781\" font-style=\"italic\">unknown</text>";
    }
  }
  return s + "</svg>";
}

std::string SvgIntervals(const std::vector<IntervalItem>& items, double axis_min, double axis_max,
                         const std::string& axis_label, bool reverse, int width, const std::string& id) {
  const int label_w = 170, row = 20, right = 20, plot_w = width - label_w - right;
  int height = static_cast<int>(items.size()) * row + 40;
  auto X = [&](double v) {
    double t = axis_max > axis_min ? (v - axis_min) / (axis_max - axis_min) : 0;
    t = std::clamp(t, 0.0, 1.0);
    if (reverse) t = 1 - t;
    return label_w + t * plot_w;
  };
  std::string s = "<svg class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(width) +
                  "\" height=\"" + std::to_string(height) + "\" viewBox=\"0 0 " + std::to_string(width) + " " +
                  std::to_string(height) + "\" font-size=\"12\">" + Hatch(id);
  for (size_t i = 0; i < items.size(); ++i) {
    const auto& it = items[i];
    double y = 6 + static_cast<double>(i) * row;
    s += RowLabel(it.label, 0, y + 12, 24);  // 170 px at 12 px type
    s += "<line x1=\"" + std::to_string(label_w) + "\" y1=\"" + F(y + 8) + "\" x2=\"" + std::to_string(label_w + plot_w) +
         "\" y2=\"" + F(y + 8) + "\" stroke=\"#eaeef2\"/>";
    if (it.low && it.high) {
      double a = X(*it.low), b = X(*it.high);
      if (a > b) std::swap(a, b);
      s += "<rect x=\"" + F(a) + "\" y=\"" + F(y + 3) + "\" width=\"" + F(std::max(b - a, 2.0)) +
           "\" height=\"10\" fill=\"#9ec5ee\" stroke=\"#2f6fb3\"><title>" + HtmlEscape(it.label) + ": " + Num(*it.low) +
           " to " + Num(*it.high) + "</title></rect>";
      if (it.mid) s += "<line x1=\"" + F(X(*it.mid)) + "\" y1=\"" + F(y + 1) + "\" x2=\"" + F(X(*it.mid)) + "\" y2=\"" + F(y + 15) + "\" stroke=\"#0b3d91\" stroke-width=\"2\"/>";
    } else {
      s += "<rect x=\"" + std::to_string(label_w) + "\" y=\"" + F(y + 3) + "\" width=\"" + std::to_string(plot_w) +
           "\" height=\"10\" fill=\"url(#" + id + "-hatch)\"><title>unknown</title></rect>";
    }
    if (it.marker) s += "<circle cx=\"" + F(X(*it.marker)) + "\" cy=\"" + F(y + 8) + "\" r=\"3.5\" fill=\"#cf222e\"/>";
  }
  double axis_y = 6 + static_cast<double>(items.size()) * row + 4;
  s += "<line x1=\"" + std::to_string(label_w) + "\" y1=\"" + F(axis_y) + "\" x2=\"" + std::to_string(label_w + plot_w) +
       "\" y2=\"" + F(axis_y) + "\" stroke=\"#57606a\"/>";
  for (int k = 0; k <= 4; ++k) {
    double v = axis_min + (axis_max - axis_min) * k / 4.0;
    s += "<text x=\"" + F(X(v)) + "\" y=\"" + F(axis_y + 14) + "\" text-anchor=\"middle\">" +
         (axis_max - axis_min > 5 ? std::to_string(static_cast<int>(v + 0.5)) : Num(v)) + "</text>";
  }
  s += "<text x=\"" + std::to_string(label_w + plot_w / 2) + "\" y=\"" + F(axis_y + 28) + "\" text-anchor=\"middle\">" +
       HtmlEscape(axis_label) + "</text>";
  return s + "</svg>";
}

}  // namespace workrights

namespace workrights {
namespace {

double LineX(double position, size_t n, double left, double inner) {
  return left + (n > 1 ? position / static_cast<double>(n - 1) : 0.5) * inner;
}

/// Band polygons and the polyline of one series; a gap (unknown) breaks the line.
std::string SeriesSvg(const LineSeries& s, size_t n, double left, double inner, double top, double plot_h) {
  auto y = [&](double v) { return top + (1 - std::clamp(v, 0.0, 1.0)) * plot_h; };
  std::string out;
  if (s.low.size() == n && s.high.size() == n) {
    std::string upper, lower;
    for (size_t i = 0; i < n; ++i) {
      if (!s.low[i] || !s.high[i]) continue;
      upper += F(LineX(static_cast<double>(i), n, left, inner)) + "," + F(y(*s.high[i])) + " ";
      lower = F(LineX(static_cast<double>(i), n, left, inner)) + "," + F(y(*s.low[i])) + " " + lower;
    }
    if (!upper.empty()) out += "<polygon points=\"" + upper + lower + "\" fill=\"" + s.colour + "\" fill-opacity=\"0.12\"/>";
  }
  std::string line;
  auto flush = [&] {
    if (!line.empty()) out += "<polyline points=\"" + line + "\" fill=\"none\" stroke=\"" + s.colour + "\" stroke-width=\"2\"/>";
    line.clear();
  };
  for (size_t i = 0; i < n; ++i) {
    if (!s.values[i]) {
      flush();
      continue;
    }
    double x = LineX(static_cast<double>(i), n, left, inner);
    line += F(x) + "," + F(y(*s.values[i])) + " ";
    out += "<circle cx=\"" + F(x) + "\" cy=\"" + F(y(*s.values[i])) + "\" r=\"2.5\" fill=\"" + s.colour + "\"><title>" +
           HtmlEscape(s.label) + ": " + Num(*s.values[i]) + "</title></circle>";
  }
  flush();
  return out;
}

}  // namespace

std::string SvgLines(const std::string& title, const std::vector<std::string>& x_labels,
                     const std::vector<LineSeries>& series, const std::vector<ChartMark>& marks, int width) {
  const double left = 36, right = 12, top = 10, plot_h = 150, inner = width - left - right;
  const int height = static_cast<int>(top + plot_h + 48);
  const size_t n = x_labels.size();
  std::string s = "<svg class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(width) +
                  "\" height=\"" + std::to_string(height) + "\" viewBox=\"0 0 " + std::to_string(width) + " " +
                  std::to_string(height) + "\" font-size=\"11\"><title>" + HtmlEscape(title) + "</title>";
  for (double v : {0.0, 0.25, 0.5, 0.75, 1.0}) {
    double yy = top + (1 - v) * plot_h;
    s += "<line x1=\"" + F(left) + "\" y1=\"" + F(yy) + "\" x2=\"" + F(left + inner) + "\" y2=\"" + F(yy) +
         "\" stroke=\"#e1e4e8\"/><text x=\"" + F(left - 4) + "\" y=\"" + F(yy + 4) + "\" text-anchor=\"end\">" + Num(v) + "</text>";
  }
  // Thin the x labels so they never overlap: at most one per 60 px.
  size_t every = std::max<size_t>(1, static_cast<size_t>(std::ceil(static_cast<double>(n) * 60 / inner)));
  for (size_t i = 0; i < n; i += every) {
    s += "<text x=\"" + F(LineX(static_cast<double>(i), n, left, inner)) + "\" y=\"" + F(top + plot_h + 16) +
         "\" text-anchor=\"middle\">" + HtmlEscape(x_labels[i]) + "</text>";
  }
  for (const auto& m : marks) {
    double x = LineX(m.x, n, left, inner);
    s += "<line x1=\"" + F(x) + "\" y1=\"" + F(top) + "\" x2=\"" + F(x) + "\" y2=\"" + F(top + plot_h) +
         "\" stroke=\"#9a6700\" stroke-dasharray=\"3 3\" stroke-width=\"1.5\"><title>" + HtmlEscape(m.label) + "</title></line>";
  }
  for (const auto& line : series) s += SeriesSvg(line, n, left, inner, top, plot_h);
  double lx = left;
  for (const auto& line : series) {
    s += "<rect x=\"" + F(lx) + "\" y=\"" + F(top + plot_h + 28) + "\" width=\"10\" height=\"10\" fill=\"" + line.colour +
         "\"/><text x=\"" + F(lx + 14) + "\" y=\"" + F(top + plot_h + 37) + "\">" + HtmlEscape(line.label) + "</text>";
    lx += 130;
  }
  if (!marks.empty()) {
    s += "<line x1=\"" + F(lx) + "\" y1=\"" + F(top + plot_h + 33) + "\" x2=\"" + F(lx + 10) + "\" y2=\"" +
         F(top + plot_h + 33) + "\" stroke=\"#9a6700\" stroke-dasharray=\"3 3\"/><text x=\"" + F(lx + 14) + "\" y=\"" +
         F(top + plot_h + 37) + "\">law or policy event (hover)</text>";
  }
  return s + "</svg>";
}

}  // namespace workrights
