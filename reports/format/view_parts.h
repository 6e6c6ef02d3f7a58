#pragma once
// Parts of template views that several reports share (template_catalog.h names them "$score" and "$source").
#include <optional>

#include <nlohmann/json.hpp>

#include "core/assess/assessment.h"
#include "core/model/profile.h"
#include "core/rules/rule_result.h"

namespace workrights {

/// A score as text ("0.49 [0.45–0.54]") and as markup (the interval styled).
nlohmann::json ScoreView(const std::optional<Score>& score);
/// One source: title, url, publisher, date, the copy read if any, and `first` so a template can put separators
/// between sources.
nlohmann::json SourceView(const Source& source, bool first);
/// The sources behind a rule result (SourcesOf), each as SourceView gives it.
nlohmann::json SourcesView(const RuleResult& result, const CountryProfile& profile);
/// The `first` flag of a list item (true for the first), so a template can put separators between items.
inline bool First(size_t index) { return index == 0; }

}  // namespace workrights
