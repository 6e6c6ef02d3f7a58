#pragma once
// Scenario values that pass every check on their own but make no sense against the data and the pack: a
// change that can push a number fact outside the catalogue's range (scaling a share of 0.74 by 7 gives 5.18;
// adding -1e9 to a population makes it negative), and weight ranges under which every weight can be 0.
#include "core/base/diagnostics.h"
#include "core/simulate/scenario.h"

namespace workrights {

/// Adds a located problem for each change (of an applicable pledge) that can take a fact outside its
/// catalogue range in some country, under any combination of pledges and any draw of the amounts and of
/// the fact's own uncertainty; and for weight ranges under which all domains, or all rules of a domain, can
/// weigh 0 at once.
void CheckScenarioSense(const Scenario& scenario, const Dataset& dataset, const PackInfo& pack, Diagnostics& diags);

}  // namespace workrights
