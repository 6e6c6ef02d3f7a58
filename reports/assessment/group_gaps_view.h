#pragma once
// The assessment's differences between groups (assess --group all) as its templates receive them, Markdown and
// HTML alike: each group against the country's primary group, with the diff's rows (CountryDiffView), so the
// tables are laid out by assessment.md.mustache and assessment.html.mustache as the diff's are by its own.
#include <nlohmann/json.hpp>

#include "core/assess/assessment.h"

namespace workrights {

/// One item per group gap, in assessment order: `name`, `iso3`, `group`, `against` and the rows of what differs
/// (`differs` false when nothing does). Empty when every country was assessed for one group only.
nlohmann::json GroupGapsView(const Assessment& assessment);

}  // namespace workrights
