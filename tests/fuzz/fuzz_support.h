#pragma once
// Shared set-up for the libFuzzer harnesses: the catalogue and the standard pack, loaded once.
#include <string>

#include "core/model/dataset.h"
#include "core/rules/rule_pack.h"

namespace workrights::fuzz {

const std::string& RepoDir();
const FactCatalogue& Catalogue();
const Dataset& ShippedData();
const RulePack& StandardPack();

}  // namespace workrights::fuzz
