#include "reports/monitoring/trend_chart.h"

#include "reports/format/svg_charts.h"
#include "reports/format/words.h"
#include "reports/monitoring/trend_parts.h"

namespace workrights {
using namespace trend_parts;
namespace {

/// Days since 1970-01-01 (civil calendar), to place events between two dates of the series.
long DayNumber(const Date& d) {
  int y = d.year - (d.month <= 2 ? 1 : 0);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

double SeriesPosition(const std::vector<Date>& dates, const Date& d) {
  for (size_t i = 1; i < dates.size(); ++i) {
    if (d <= dates[i]) {
      double span = static_cast<double>(DayNumber(dates[i]) - DayNumber(dates[i - 1]));
      return static_cast<double>(i - 1) + static_cast<double>(DayNumber(d) - DayNumber(dates[i - 1])) / span;
    }
  }
  return static_cast<double>(dates.size() - 1);
}

struct Line {
  const char* id;  // the headline figure, named by HeadlineWords
  const char* colour;
  std::optional<Score> TrendPoint::*field;
};
const Line kLines[] = {{"overall", "#1f2328", &TrendPoint::overall},
                       {"de_jure", "#2f6fb3", &TrendPoint::de_jure},
                       {"de_facto", "#bf3989", &TrendPoint::de_facto}};

LineSeries Series(const CountryTrend& c, const Line& line) {
  LineSeries s{std::string(HeadlineWords(line.id)), {}, {}, {}, line.colour};
  for (const auto& p : c.points) {
    const auto& x = p.*line.field;
    s.values.push_back(x ? std::optional<double>(x->point) : std::nullopt);
    s.low.push_back(x ? std::optional<double>(x->lower) : std::nullopt);
    s.high.push_back(x ? std::optional<double>(x->upper) : std::nullopt);
  }
  return s;
}

}  // namespace

std::string TrendChart(const Trend& t, const CountryTrend& c) {
  std::vector<std::string> labels;
  for (const auto& d : t.dates) labels.push_back(d.ToString());
  std::vector<LineSeries> lines;
  for (const auto& line : kLines) lines.push_back(Series(c, line));
  std::vector<ChartMark> marks;
  for (const auto& e : c.events) marks.push_back({SeriesPosition(t.dates, e.date), EventText(e, t.dataset->catalogue)});
  return SvgLines(Heading(c, t.dataset->catalogue) + ": scores over time", labels, lines, marks);
}

}  // namespace workrights
