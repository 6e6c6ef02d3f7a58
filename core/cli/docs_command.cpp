// workrights docs rules|data: regenerate docs/rules.md and docs/data.md from the pack and the data.
#include "core/base/atomic_file.h"
#include "core/cli/common.h"
#include "core/cli/output_format.h"
#include "core/assess/evaluator.h"
#include "core/load/profile_loader.h"
#include "reports/docs/data_docs.h"
#include "reports/docs/pack_docs.h"

namespace workrights::cli {

int RunDocs(const std::vector<std::string>& args) {
  CommonOptions o;
  std::string which;
  po::options_description desc("docs options");
  desc.add_options()("which", po::value(&which)->required()->value_name("KIND"), "rules (docs/rules.md) or data (docs/data.md)");
  AddInputOptions(desc, o);
  desc.add_options()("out,o", po::value(&o.out)->value_name("FILE"), "where to write it (default: standard output)")
                    ("as-of", po::value(&o.as_of)->value_name("DATE"), "data figures for the facts in force on DATE (default: today)");
  po::positional_options_description pos;
  pos.add("which", 1);
  po::variables_map vm;
  int rc = ParseOrHelp(args, desc, &pos, "workrights docs rules|data [--out FILE]",
                       "workrights docs rules --out docs/rules.md", vm);
  if (rc >= 0) return rc;
  if (which != "rules" && which != "data") throw po::error("unknown docs kind '" + which + "'; use 'rules' or 'data'");
  ChooseFormat("", o.out, {OutputFormat::kMarkdown});  // Markdown only
  Dataset dataset = LoadDataset(o.data_dir.empty() ? DefaultDataDir() : o.data_dir);
  RulePack pack = LoadRulePack(o.pack_dir.empty() ? DefaultPackDir() : o.pack_dir, dataset.catalogue);
  if (which == "rules") {
    WriteFileAtomically(o.out, RulesMarkdown(pack.info, dataset.catalogue));
    return kExitOk;
  }
  WorkerPool pool(pack, dataset.catalogue, DefaultThreadCount());
  AssessOptions options;
  options.as_of = ParseAsOf(o.as_of);
  Assessment a = Assess(pack, dataset, pool, options);
  WriteFileAtomically(o.out, DataMarkdown(dataset, a));
  return kExitOk;
}

}  // namespace workrights::cli
