#pragma once
// JSON for machines: every output carries schema_version, engine_version, the pack's name, version and hash
// and the dataset's hash; keys are sorted and arrays keep a fixed order, so equal inputs give equal bytes.
#include <string>

#include <nlohmann/json.hpp>

#include "core/assess/assessment.h"

namespace workrights {

/// Scores are rounded to 6 decimals: enough for any use, and stable across compilers' last-bit differences.
double RoundScore(double x);
/// A country's overall, law, practice and gap intervals and its coverage.
nlohmann::json CountryScoresJson(const CountryAssessment& country);

/// The header shared by every JSON output.
nlohmann::json OutputHeader(std::string_view kind, const PackInfo& pack, const Dataset& dataset);

/// A cited source as every JSON output writes it (the common schema's "source"); "date" (exactly as precise as
/// the profile gives it), "accessed", "copy_url" and "copy_note" only when the profile states them.
nlohmann::json SourceJson(const Source& source);

nlohmann::json AssessmentToJson(const Assessment& assessment);

/// Pretty-printed JSON text with a final newline.
std::string JsonText(const nlohmann::json& j);

}  // namespace workrights
