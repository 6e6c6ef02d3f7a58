#include "tests/fuzz/fuzz_support.h"

#include "core/base/json_reader.h"
#include "core/load/profile_loader.h"

namespace workrights::fuzz {

const std::string& RepoDir() {
  static const std::string dir = WORKRIGHTS_SOURCE_DIR;
  return dir;
}

const FactCatalogue& Catalogue() {
  static const FactCatalogue cat = FactCatalogue::Load(ReadJsonFile(RepoDir() + "/data/catalogue.json"));
  return cat;
}

const Dataset& ShippedData() {
  static const Dataset ds = LoadDataset(RepoDir() + "/data");
  return ds;
}

const RulePack& StandardPack() {
  static const RulePack pack = LoadRulePack(RepoDir() + "/rules/standard", Catalogue());
  return pack;
}

}  // namespace workrights::fuzz
