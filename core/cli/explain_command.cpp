// workrights explain COUNTRY [RULE]: a readable trace of how a country's results were reached.
#include <iostream>

#include "core/base/atomic_file.h"
#include "core/cli/common.h"
#include "core/cli/output_format.h"
#include "core/assess/evaluator.h"
#include "core/load/profile_loader.h"
#include "core/base/spellcheck.h"
#include "reports/assessment/text_explain.h"

namespace workrights::cli {

int RunExplain(const std::vector<std::string>& args) {
  CommonOptions o;
  std::string group;
  std::string country, rule;
  po::options_description desc("explain options");
  desc.add_options()
      ("country", po::value(&country)->required()->value_name("ISO3"), "the country (ISO 3166 alpha-3 code)")
      ("rule", po::value(&rule)->value_name("RULE_ID"), "one rule: show every fact it read, with sources");
  AddInputOptions(desc, o);
  AddRunOptions(desc, o);
  AddGroupOption(desc, group);
  po::positional_options_description pos;
  pos.add("country", 1).add("rule", 1);
  po::variables_map vm;
  int rc = ParseOrHelp(args, desc, &pos, "workrights explain COUNTRY [RULE_ID] [options]",
                       "workrights explain JOR rtw.wage_employment", vm);
  if (rc >= 0) return rc;
  // Plain text only: --out explain.json or .md would hold text under another format's name.
  ChooseFormat("", o.out, {OutputFormat::kText});

  Dataset dataset = LoadDataset(o.data_dir.empty() ? DefaultDataDir() : o.data_dir);
  RulePack pack = LoadRulePack(o.pack_dir.empty() ? DefaultPackDir() : o.pack_dir, dataset.catalogue);
  int rule_index = -1;
  if (!rule.empty()) {
    rule_index = pack.info.FindRule(rule);
    if (rule_index < 0) {
      ThrowInputError(SourceLocation{}, "no rule '" + rule + "' in pack " + pack.info.name,
                      DidYouMean(rule, pack.info.RuleIds()));
    }
  }
  AssessOptions options;
  options.countries = {country};
  options.as_of = ParseAsOf(o.as_of);
  ApplyGroup(group, dataset.catalogue, options);
  options.seed = o.seed;
  WorkerPool pool(pack, dataset.catalogue, 1);
  Assessment a = Assess(pack, dataset, pool, options);
  if (a.countries.empty()) ThrowNoGroupData(dataset, country, group);
  std::string text;
  for (const auto& c : a.countries) text += (text.empty() ? "" : "\n") + ExplainText(c, pack.info, dataset.catalogue, rule_index);
  WriteFileAtomically(o.out, text);
  return kExitOk;
}

}  // namespace workrights::cli
