#pragma once
// Loads cross-country tables (data/tables/*.json) and merges them into the country profiles. A table states a
// fact for many countries from one authoritative list; a profile entry for the same fact wins only when it says
// why ("override"), and `workrights check` reports where a profile repeats or contradicts a table.
#include <optional>
#include <string>
#include <vector>

#include "core/base/diagnostics.h"
#include "core/base/json_reader.h"
#include "core/model/cross_country_table.h"
#include "core/model/dataset.h"

namespace workrights {

/// Checks one parsed table; problems go to `diags` (file, line, JSON pointer). Returns the table when it had none.
std::optional<CrossCountryTable> ParseTable(const JsonDocument& doc, const FactCatalogue& catalogue, Diagnostics& diags);

/// Adds every table's rows to the profiles of the countries it names (and, for a complete list, its absence
/// values to the others), with the table's sources. Adds repeats and contradictions to dataset.warnings.
void MergeTables(Dataset& dataset);

}  // namespace workrights
