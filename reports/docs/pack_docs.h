#pragma once
// docs/rules.md: the rule pack described from its own metadata, so the documentation cannot drift.
#include <string>

#include "core/model/fact_catalogue.h"
#include "core/rules/rule.h"

namespace workrights {

std::string RulesMarkdown(const PackInfo& pack, const FactCatalogue& catalogue);

}  // namespace workrights
