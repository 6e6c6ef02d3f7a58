#pragma once
// Uncertain values: the distributions a profile fact or a scenario change may carry.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/model/fact_catalogue.h"
#include "core/model/fact_value.h"
#include "core/base/json_reader.h"

namespace workrights {

enum class DistributionKind { kUniform, kTriangular, kNormal, kCategorical };

struct Distribution {
  DistributionKind kind = DistributionKind::kUniform;
  double min = 0, max = 0, mode = 0, mean = 0, sd = 0;
  std::vector<std::pair<FactValue, double>> choices;  ///< categorical: value and probability, in file order

  nlohmann::json ToJson() const;
};

/// Parses and checks an "uncertainty" object for a value of `spec`'s type. Problems go to `diags`.
std::optional<Distribution> ParseDistribution(const FactSpec& spec, const nlohmann::json& obj, const JsonDocument& doc,
                                              const std::string& pointer, Diagnostics& diags);

}  // namespace workrights
