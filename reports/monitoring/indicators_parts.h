#pragma once
// How an indicator's pieces read, in every format of `workrights indicators`. Internal to reports/monitoring/.
#include <string>
#include <vector>

#include "core/monitor/indicators.h"

namespace workrights::indicators_parts {

/// One dimension of an indicator and where its figures live.
struct DimensionView {
  const char* name;   ///< in JSON and CSV
  const char* words;  ///< in tables
  const std::optional<IndicatorPart> IndicatorInfo::*part;
  IndicatorValue IndicatorResult::*value;
  IndicatorShare IndicatorCountry::*share;
};
inline const DimensionView kDimensions[] = {
    {"law", "in law", &IndicatorInfo::law, &IndicatorResult::law, &IndicatorCountry::law},
    {"practice", "in practice", &IndicatorInfo::practice, &IndicatorResult::practice, &IndicatorCountry::practice},
};

/// The date the facts are taken at, or "the latest entries".
std::string AsOf(const IndicatorReport& report);
/// "gcr_2_1_law (all)": the rules feeding a dimension and how they combine, by id (CSV and workbooks).
std::string RuleList(const IndicatorPart& part);
/// The same in words, for advisers: each rule by its title in `pack` ("Right to wage employment in law; … (mean)").
std::string RuleTitles(const IndicatorPart& part, const PackInfo& pack);
/// "population.refugees + population.asylum_seekers": the facts an indicator is weighted by, as paths.
std::string FactList(const FactCatalogue& catalogue, const std::vector<FactId>& facts);
/// "29,506,544": a head count as people read it.
std::string People(double people);

}  // namespace workrights::indicators_parts
