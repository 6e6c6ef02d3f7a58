#include "core/monitor/trend.h"

#include <algorithm>

namespace workrights {
namespace {

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

/// `months` later, the day kept where the month has it (31 January + 1 month = 28 or 29 February).
Date AddMonths(const Date& d, int months) {
  int index = d.year * 12 + (d.month - 1) + months;
  Date out{index / 12, index % 12 + 1, 0};
  out.day = std::min(d.day, DaysInMonth(out.year, out.month));
  return out;
}

int StepMonths(TrendStep step) {
  switch (step) {
    case TrendStep::kYear: return 12;
    case TrendStep::kQuarter: return 3;
    case TrendStep::kMonth: return 1;
  }
  return 12;
}

/// Entries of the assessed group (or country-wide) whose valid_from falls in (from, to].
std::vector<TrendEvent> EventsBetween(const CountryProfile& p, GroupId group, const FactCatalogue& cat, const Date& from,
                                      const Date& to) {
  std::vector<TrendEvent> out;
  for (size_t f = 0; f < p.facts.size(); ++f) {
    for (const auto& e : p.facts[f]) {
      if (!e.valid_from || *e.valid_from <= from || *e.valid_from > to) continue;
      if (p.by_group[f] && e.group != group) continue;
      out.push_back({*e.valid_from, cat.Get(static_cast<FactId>(f)).path, &e});
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const TrendEvent& a, const TrendEvent& b) { return a.date < b.date; });
  return out;
}

}  // namespace

const char* TrendStepName(TrendStep step) {
  switch (step) {
    case TrendStep::kYear: return "year";
    case TrendStep::kQuarter: return "quarter";
    case TrendStep::kMonth: return "month";
  }
  return "year";
}

std::vector<Date> SeriesDates(const Date& from, const Date& to, TrendStep step) {
  std::vector<Date> out;
  for (int i = 0;; ++i) {
    Date d = AddMonths(from, i * StepMonths(step));
    if (d > to) break;
    out.push_back(d);
  }
  if (out.empty() || out.back() != to) out.push_back(to);
  return out;
}

Trend ComputeTrend(const RulePack& pack, const Dataset& dataset, WorkerPool& pool, AssessOptions options,
                   const std::vector<Date>& dates, TrendStep step) {
  Trend t{&pack.info, &dataset, step, dates, {}};
  for (size_t i = 0; i < dates.size(); ++i) {
    options.as_of = dates[i];
    Assessment a = Assess(pack, dataset, pool, options);
    if (i == 0) {
      for (const auto& c : a.countries) t.countries.push_back({c.profile, c.view.group, {}, {}});
    }
    for (size_t c = 0; c < a.countries.size(); ++c) {
      const CountryAssessment& ca = a.countries[c];
      t.countries[c].points.push_back({dates[i], ca.overall, ca.de_jure, ca.de_facto, ca.coverage});
    }
  }
  for (auto& c : t.countries) c.events = EventsBetween(*c.profile, c.group, dataset.catalogue, dates.front(), dates.back());
  return t;
}

}  // namespace workrights
