#pragma once
// Loads and validates country profiles against the fact catalogue. Every problem in every file is reported
// (file, line:column, JSON pointer) before the load fails, so a user fixes them in one pass.
#include <optional>
#include <string>

#include "core/model/dataset.h"
#include "core/base/diagnostics.h"
#include "core/base/json_reader.h"

namespace workrights {

/// Checks one parsed profile. Problems go to `diags`; returns the profile when it had none. Doubts that do not
/// stop the load (see source_lint.h) go to `warnings` when given.
std::optional<CountryProfile> ParseProfile(const JsonDocument& doc, const FactCatalogue& catalogue, Diagnostics& diags,
                                           Diagnostics* warnings = nullptr);

/// Loads `<dir>/catalogue.json` and every `<dir>/profiles/*.json`. Throws InputError listing all problems;
/// warnings about sources are kept in the dataset's `warnings`.
Dataset LoadDataset(const std::string& dir);

}  // namespace workrights
