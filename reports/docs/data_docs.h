#pragma once
// docs/data.md: what the dataset knows per country, which sources it rests on, and its largest gaps.
#include <string>

#include "core/assess/assessment.h"

namespace workrights {

/// `assessment` (of the whole dataset with a pack) ranks each country's gaps by how much coverage they block.
std::string DataMarkdown(const Dataset& dataset, const Assessment& assessment);

/// The dataset-wide figures alone (ILO and treaty facts known, known rule results, inferred entries, copies
/// cited without their original, 1 January dates, populations from the latest table), as `check --figures` prints.
std::string DataFiguresText(const Dataset& dataset, const Assessment& assessment);

}  // namespace workrights
