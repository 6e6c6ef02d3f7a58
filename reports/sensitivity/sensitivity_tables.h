#pragma once
// Pieces every sensitivity output shares (rank --sensitivity, simulate --sensitivity): the method's words,
// the JSON of inputs and of one target's indices, and the cells of the tables.
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/sensitivity/rank_sensitivity.h"
#include "core/sensitivity/sensitivity_inputs.h"
#include "core/sensitivity/sobol_indices.h"
#include "reports/format/csv.h"

namespace workrights {

inline constexpr std::string_view kSobolMethod =
    "Saltelli sampling on Sobol' points (direction numbers of Joe & Kuo 2008, new-joe-kuo-6.21201; random digital "
    "shift from the seed); first-order indices by the estimator of Saltelli et al. 2010, total effects by Jansen "
    "1999; percentile bootstrap intervals";

/// "domain_weight", "law_share", "rule_weight", "pledge", "unknown_facts", "uncertain_fact",
/// "profile_uncertainty".
std::string_view KindName(SensitivityInputKind k);

/// A rounded score, or null for NaN.
nlohmann::json IndexNumber(double x);
/// known, mean, variance and each input's indices (none when the target does not vary or is unknown).
nlohmann::json TargetJson(const TargetIndices& t, const std::vector<SensitivityInput>& inputs);
nlohmann::json InputsJson(const std::vector<SensitivityInput>& inputs);

/// Two decimals, "0.00" rather than "-0.00" for an estimate that rounds to zero.
std::string Two(double v);
/// "0.62 [0.55–0.70]"; "—" when not estimated.
std::string IndexText(const IndexEstimate& e);
/// What the input ranges over, in words: "p = 0.50", "0.32 to 0.48", "its distribution".
std::string RangeText(const SensitivityInput& in);

/// "seed 1 · 4096 samples": the run, for the footer of a sensitivity page.
std::string RunText(const SobolOptions& options);

/// The CSV of a sensitivity analysis: one row per target, country and input (its indices with their intervals, and
/// the target's mean and variance).
CsvTable SensitivityCsvTable();
void CsvTarget(CsvTable& t, const std::string& target, const std::string& iso3, const TargetIndices& ti,
               const std::vector<SensitivityInput>& inputs);

std::string MarkdownRow(const std::vector<std::string>& cells);
std::string HtmlRow(const std::vector<std::string>& cells, const char* tag);

}  // namespace workrights
