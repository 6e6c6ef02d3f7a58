// The law-against-practice scatter: marks for points that share a place are merged, and labels go where they
// overlap nothing (issue #19: CMR, SSD, TCD, COD and BRA at 0.50 once printed on top of one another).
#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

#include "reports/format/html.h"
#include "reports/format/svg_charts.h"

namespace workrights {
namespace {

constexpr double kRadius = 4, kMerge = 3;           // mark radius; marks closer than this share one
constexpr double kCharWidth = 6.2, kTextHeight = 11;  // at font-size 11; codes are ASCII

struct Box {
  double x0, y0, x1, y1;
  bool Overlaps(const Box& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

struct Mark {
  double cx, cy;
  std::vector<const ScatterPoint*> points;
  std::string Label() const {
    std::string out;
    for (size_t i = 0; i < points.size() && i < 2; ++i) out += (i ? ", " : "") + points[i]->label;
    if (points.size() == 3) out += ", " + points[2]->label;
    if (points.size() > 3) out += " +" + std::to_string(points.size() - 2);
    return out;
  }
};

struct Placed {
  double x, y;         // the text's anchor point (baseline)
  const char* anchor;  // start or end
  bool leader;         // far from its mark: a thin line joins them
};

/// The first place around the mark, nearest first, where the label overlaps no placed label or other mark and
/// stays inside `frame`; nullopt when there is none.
std::optional<Placed> PlaceLabel(const Mark& m, double width, const std::vector<Box>& taken, const Box& frame) {
  for (double d : {6.0, 16.0, 28.0}) {
    const std::array<std::array<double, 2>, 8> dirs = {{{1, 0}, {-1, 0}, {1, -1}, {1, 1}, {-1, -1}, {-1, 1}, {0, -1}, {0, 1}}};
    for (const auto& [dx, dy] : dirs) {
      double x0 = dx > 0 ? m.cx + d : dx < 0 ? m.cx - d - width : m.cx - width / 2;
      double y0 = dy < 0 ? m.cy - d - kTextHeight : dy > 0 ? m.cy + d : m.cy - kTextHeight / 2;
      Box box{x0, y0, x0 + width, y0 + kTextHeight};
      if (box.x0 < frame.x0 || box.x1 > frame.x1 || box.y0 < frame.y0 || box.y1 > frame.y1) continue;
      if (std::any_of(taken.begin(), taken.end(), [&](const Box& t) { return t.Overlaps(box); })) continue;
      return Placed{dx < 0 ? box.x1 : box.x0, box.y1 - 2, dx < 0 ? "end" : "start", d > 6};
    }
  }
  return std::nullopt;
}

/// Where both axes start: the quarter at or below the lowest value, so a cloud of points in the upper half is not
/// squeezed into a corner. Both axes share it, so the diagonal still means law = practice.
double AxisStart(const std::vector<ScatterPoint>& points) {
  double lowest = 1;
  for (const auto& p : points) lowest = std::min({lowest, p.x, p.y});
  return std::clamp(std::floor(lowest * 4) / 4, 0.0, 0.75);
}

std::string Axes(double left, double top, double inner, double lo, const std::string& x_label, const std::string& y_label) {
  std::string s;
  for (double v = lo; v <= 1.0 + 1e-9; v += 0.25) {
    double t = (v - lo) / (1 - lo), x = left + t * inner, y = top + inner - t * inner;
    s += "<line x1=\"" + SvgNumber(x) + "\" y1=\"" + SvgNumber(top) + "\" x2=\"" + SvgNumber(x) + "\" y2=\"" +
         SvgNumber(top + inner + 4) + "\" stroke=\"#eaeef2\"/><line x1=\"" + SvgNumber(left - 4) + "\" y1=\"" +
         SvgNumber(y) + "\" x2=\"" + SvgNumber(left + inner) + "\" y2=\"" + SvgNumber(y) + "\" stroke=\"#eaeef2\"/>";
    s += "<text x=\"" + SvgNumber(x) + "\" y=\"" + SvgNumber(top + inner + 16) + "\" text-anchor=\"middle\">" +
         SvgTick(v) + "</text><text x=\"" + SvgNumber(left - 7) + "\" y=\"" + SvgNumber(y + 4) +
         "\" text-anchor=\"end\">" + SvgTick(v) + "</text>";
  }
  s += "<rect x=\"" + SvgNumber(left) + "\" y=\"" + SvgNumber(top) + "\" width=\"" + SvgNumber(inner) + "\" height=\"" +
       SvgNumber(inner) + "\" fill=\"none\" stroke=\"#8c959f\"/>";
  // The diagonal: practice equals law. Points below it have a de jure / de facto gap.
  s += "<line x1=\"" + SvgNumber(left) + "\" y1=\"" + SvgNumber(top + inner) + "\" x2=\"" + SvgNumber(left + inner) +
       "\" y2=\"" + SvgNumber(top) + "\" stroke=\"#b8bec6\" stroke-dasharray=\"4 3\"/>";
  s += "<text x=\"" + SvgNumber(left + inner / 2) + "\" y=\"" + SvgNumber(top + inner + 32) + "\" text-anchor=\"middle\">" +
       HtmlEscape(x_label) + "</text>";
  s += "<text transform=\"translate(14 " + SvgNumber(top + inner / 2) + ") rotate(-90)\" text-anchor=\"middle\">" +
       HtmlEscape(y_label) + "</text>";
  return s;
}

}  // namespace

std::string SvgScatter(const std::vector<ScatterPoint>& points, const std::string& x_label, const std::string& y_label,
                       const std::string& title, const std::string& id, int size) {
  const double left = 50, top = 12, inner = size - left - 16, lo = AxisStart(points);
  auto scale = [&](double v) { return (std::clamp(v, lo, 1.0) - lo) / (1 - lo) * inner; };
  std::vector<Mark> marks;
  for (const auto& p : points) {
    double cx = left + scale(p.x), cy = top + inner - scale(p.y);
    auto near = std::find_if(marks.begin(), marks.end(),
                             [&](const Mark& m) { return std::abs(m.cx - cx) < kMerge && std::abs(m.cy - cy) < kMerge; });
    if (near != marks.end()) {
      near->points.push_back(&p);
    } else {
      marks.push_back({cx, cy, {&p}});
    }
  }
  std::vector<Box> taken;
  for (const auto& m : marks) taken.push_back({m.cx - kRadius, m.cy - kRadius, m.cx + kRadius, m.cy + kRadius});
  const Box frame{left, top, left + inner, top + inner};
  std::string body, unlabelled;
  for (const auto& m : marks) {
    std::string tip;
    for (const auto* p : m.points) tip += (tip.empty() ? "" : "; ") + p->label + ": " + SvgTick(p->x) + ", " + SvgTick(p->y);
    body += "<circle cx=\"" + SvgNumber(m.cx) + "\" cy=\"" + SvgNumber(m.cy) + "\" r=\"" + SvgNumber(kRadius) +
            "\" fill=\"#2f6fb3\"" + (m.points.size() > 1 ? " stroke=\"#0b3d91\" stroke-width=\"2\"" : "") + "><title>" +
            HtmlEscape(tip) + "</title></circle>";
    std::string label = m.Label();
    double width = static_cast<double>(label.size()) * kCharWidth;
    auto placed = PlaceLabel(m, width, taken, frame);
    if (!placed) {
      unlabelled += (unlabelled.empty() ? "" : ", ") + label;
      continue;
    }
    double x0 = placed->anchor[0] == 'e' ? placed->x - width : placed->x;
    taken.push_back({x0, placed->y + 2 - kTextHeight, x0 + width, placed->y + 2});
    if (placed->leader) {
      body += "<line x1=\"" + SvgNumber(m.cx) + "\" y1=\"" + SvgNumber(m.cy) + "\" x2=\"" +
              SvgNumber(std::clamp(m.cx, x0, x0 + width)) + "\" y2=\"" +
              SvgNumber(std::clamp(m.cy, placed->y + 2 - kTextHeight, placed->y + 2)) + "\" stroke=\"#6e7781\" stroke-width=\"0.8\"/>";
    }
    body += "<text x=\"" + SvgNumber(placed->x) + "\" y=\"" + SvgNumber(placed->y) + "\" text-anchor=\"" + placed->anchor +
            "\">" + HtmlEscape(label) + "</text>";
  }
  // Labels that found no room are named under the chart, a line per 80 characters.
  std::vector<std::string> lines;
  if (!unlabelled.empty()) lines.push_back("No room for a label (hover over the points):");
  for (size_t at = 0; at < unlabelled.size();) {
    size_t end = unlabelled.size();
    if (end - at > 80) {
      size_t comma = unlabelled.rfind(", ", at + 80);
      end = comma != std::string::npos && comma > at ? comma + 1 : at + 80;
    }
    lines.push_back(unlabelled.substr(at, end - at));
    for (at = end; at < unlabelled.size() && unlabelled[at] == ' ';) ++at;
  }
  const int height = size + static_cast<int>(lines.size()) * 15;
  std::string s = "<svg class=\"chart\" role=\"img\" aria-labelledby=\"" + id + "-title\" xmlns=\"http://www.w3.org/2000/svg\" "
                  "width=\"" + std::to_string(size) + "\" height=\"" + std::to_string(height) + "\" viewBox=\"0 0 " +
                  std::to_string(size) + " " + std::to_string(height) + "\" font-size=\"11\"><title id=\"" + id +
                  "-title\">" + HtmlEscape(title) + "</title>";
  s += Axes(left, top, inner, lo, x_label, y_label) + body;
  for (size_t i = 0; i < lines.size(); ++i) {
    s += "<text x=\"0\" y=\"" + std::to_string(size + 12 + 15 * static_cast<int>(i)) + "\" fill=\"#57606a\">" +
         HtmlEscape(lines[i]) + "</text>";
  }
  return s + "</svg>";
}

}  // namespace workrights
