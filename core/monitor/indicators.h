#pragma once
// Population-weighted indicators from an assessment's rule results (the pack's `indicators`: the Global Compact
// on Refugees' indicators on decent work and freedom of movement in the standard pack; docs/indicators.md).
// Per country, the rules feeding a dimension combine into a share with its interval; across the dataset the
// shares are weighted by each country's population, bound by bound, and coverage is the share of that
// population whose country's result is known. Unknown is neither 0 nor 1: it widens the interval.
#include <optional>
#include <string>
#include <vector>

#include "core/assess/assessment.h"

namespace workrights {

/// One country's share for one dimension of an indicator.
struct IndicatorShare {
  std::optional<Score> share;  ///< nullopt only when the indicator has no rules for the dimension
  bool known = false;          ///< every rule feeding the dimension has a known result
};

struct IndicatorCountry {
  const CountryAssessment* country = nullptr;
  std::optional<double> population;        ///< the known population facts summed; nullopt when none is known
  std::vector<FactId> population_missing;  ///< population facts unknown for the country (not counted)
  IndicatorShare law, practice;
};

/// An indicator's figure for one dimension across the countries whose population is known.
struct IndicatorValue {
  std::optional<Score> value;  ///< nullopt when no rule feeds the dimension or no country has a population
  double coverage = 0;         ///< share of the weighted population whose country is known
  int countries_known = 0, countries_unknown = 0;
};

struct IndicatorResult {
  const IndicatorInfo* info = nullptr;
  IndicatorValue law, practice;
  double population = 0;                  ///< the weighted population: the sum over countries with one
  std::vector<IndicatorCountry> countries;  ///< in assessment order
};

struct IndicatorReport {
  const Assessment* assessment = nullptr;
  std::optional<GroupId> group;  ///< the group assessed; nullopt: each country's primary group
  std::vector<IndicatorResult> indicators;  ///< in pack order
};

/// One country's share from the results of `part`'s rules, combined bound by bound.
IndicatorShare CombineShare(const IndicatorPart& part, const std::vector<RuleResult>& results);

/// The pack's indicators over every country of `assessment` (one assessment per country: not --group all).
IndicatorReport ComputeIndicators(const Assessment& assessment, std::optional<GroupId> group = std::nullopt);

}  // namespace workrights
