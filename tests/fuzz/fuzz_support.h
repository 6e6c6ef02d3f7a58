#pragma once
// Shared set-up for the libFuzzer harnesses: the catalogue and the standard pack, loaded once.
#include <string>

#include "core/dataset.h"
#include "core/rule_pack.h"

namespace workrights::fuzz {

const std::string& RepoDir();
const FactCatalogue& Catalogue();
const Dataset& ShippedData();
const RulePack& StandardPack();

}  // namespace workrights::fuzz
