// workrights schema profile|scenario: print a JSON Schema generated from the catalogue.
#include "core/base/atomic_file.h"
#include "core/cli/common.h"
#include "core/cli/output_format.h"
#include "core/base/json_reader.h"
#include "core/load/profile_schema.h"
#include "core/simulate/scenario_schema.h"
#include "reports/assessment/json_writer.h"

#include <filesystem>

namespace workrights::cli {

int RunSchema(const std::vector<std::string>& args) {
  CommonOptions o;
  std::string which;
  po::options_description desc("schema options");
  desc.add_options()("which", po::value(&which)->required()->value_name("KIND"), "which schema: profile or scenario");
  AddInputOptions(desc, o);
  desc.add_options()("out,o", po::value(&o.out)->value_name("FILE"), "where to write it (default: standard output)");
  po::positional_options_description pos;
  pos.add("which", 1);
  po::variables_map vm;
  int rc = ParseOrHelp(args, desc, &pos, "workrights schema profile|scenario [--out FILE]",
                       "workrights schema profile --out docs/schema/profile.schema.json", vm);
  if (rc >= 0) return rc;
  if (which != "profile" && which != "scenario") {
    throw po::error("unknown schema '" + which + "'; the generated ones are 'profile' and 'scenario'");
  }
  ChooseFormat("", o.out, {OutputFormat::kJson});  // a JSON Schema is JSON
  std::string file = (std::filesystem::path(o.data_dir.empty() ? DefaultDataDir() : o.data_dir) / "catalogue.json").string();
  FactCatalogue cat = FactCatalogue::Load(ReadJsonFile(file));
  WriteFileAtomically(o.out, JsonText(which == "profile" ? ProfileJsonSchema(cat) : ScenarioJsonSchema(cat)));
  return kExitOk;
}

}  // namespace workrights::cli
