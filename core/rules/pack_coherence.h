#pragma once
// Checks on a pack as a whole, once every rule has loaded: values that each pass on their own but together
// make no sense (a domain no rule scores, a domain whose rules all weigh 0, a weight for a rule that does not
// exist).
#include <string>

#include <nlohmann/json.hpp>

#include "core/base/diagnostics.h"
#include "core/rules/rule.h"

namespace workrights {

/// Adds a problem located in `pack_file` (at the JSON pointer of the offending entry) for: a pack without
/// rules, a domain without rules, a domain whose rules' weights sum to 0, and an entry of the pack's
/// "weights" that names no rule of the pack.
void CheckPackCoherence(const PackInfo& info, const nlohmann::json& pack_config, const std::string& pack_file,
                        Diagnostics& diags);

}  // namespace workrights
