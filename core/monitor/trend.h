#pragma once
// Scores over time: each country assessed at a series of dates (the facts in force on each), with the dated
// events between them — the laws, policies and table rows whose valid_from falls in the period.
#include <string>
#include <vector>

#include "core/assess/evaluator.h"

namespace workrights {

enum class TrendStep { kYear, kQuarter, kMonth };

/// Dates from `from` to `to`, one step apart; `to` ends the series even when it falls between two steps.
std::vector<Date> SeriesDates(const Date& from, const Date& to, TrendStep step);

/// The headline figures of one country at one date.
struct TrendPoint {
  Date date;
  std::optional<Score> overall, de_jure, de_facto;
  double coverage = 0;
};

/// A fact entry that took effect within the period: what changed, when, on which source.
struct TrendEvent {
  Date date;
  std::string fact;  ///< catalogue path
  const FactEntry* entry = nullptr;
};

struct CountryTrend {
  const CountryProfile* profile = nullptr;
  GroupId group = 0;
  std::vector<TrendPoint> points;  ///< one per date of the series
  std::vector<TrendEvent> events;  ///< by date, then catalogue order
};

struct Trend {
  const PackInfo* pack = nullptr;
  const Dataset* dataset = nullptr;
  TrendStep step = TrendStep::kYear;
  std::vector<Date> dates;
  std::vector<CountryTrend> countries;  ///< as the assessment orders them (ISO3, then group)
};

const char* TrendStepName(TrendStep step);

/// Assesses `options`' countries and group at every date; `options.as_of` is ignored.
Trend ComputeTrend(const RulePack& pack, const Dataset& dataset, WorkerPool& pool, AssessOptions options,
                   const std::vector<Date>& dates, TrendStep step);

}  // namespace workrights
