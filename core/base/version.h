#pragma once
// Versions written into every output, so a reader knows what produced it.
#include <string_view>

namespace workrights {

inline constexpr std::string_view kEngineVersion = WORKRIGHTS_VERSION;
/// Bump on any change to the shape of a JSON output; docs/schema/ holds the matching schemas.
inline constexpr std::string_view kSchemaVersion = "1.0.0";

}  // namespace workrights
