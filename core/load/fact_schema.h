#pragma once
// JSON Schema pieces for catalogue facts, dates and country codes, shared by the generated profile and scenario
// schemas so both say what the loaders check, and say it once.
#include <nlohmann/json.hpp>

#include "core/model/fact_catalogue.h"

namespace workrights {

/// A value fact `f` may take (type, allowed strings, range, whole numbers, list items once each).
nlohmann::json FactValueSchema(const FactSpec& f);

/// An uncertainty of `f`'s value: uniform, triangular or normal for numbers, categorical for bool and enum facts;
/// `within_range` keeps min and max inside the fact's range. The schema `false` when no distribution fits `f`.
nlohmann::json FactDistributionSchema(const FactSpec& f, bool within_range);

/// A calendar date, YYYY-MM-DD, checked as a date ("format": "date": 2023-02-30 is refused).
nlohmann::json DateSchema();

/// YYYY, YYYY-MM or YYYY-MM-DD, a day that exists: a source's date as precise as the source gives it.
nlohmann::json PartialDateSchema();

/// An ISO 3166-1 alpha-3 code, or one of the codes ISO leaves to users (AAA-AAZ, QMA-QZZ, XAA-XZZ, ZZA-ZZZ).
nlohmann::json CountryCodeSchema();

}  // namespace workrights
