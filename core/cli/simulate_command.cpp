// workrights simulate SCENARIO: baseline and scenario side by side, deterministic or Monte Carlo.
#include <iostream>

#include "core/atomic_file.h"
#include "core/cli/common.h"
#include "core/profile_loader.h"
#include "core/scenario.h"
#include "core/simulator.h"
#include "reports/json_writer.h"
#include "reports/simulation_json.h"

#include <filesystem>

namespace workrights::cli {

int RunSimulate(const std::vector<std::string>& args) {
  CommonOptions o;
  std::string scenario_ref, scenarios_dir;
  int draws = 0;
  po::options_description desc("simulate options");
  desc.add_options()
      ("scenario", po::value(&scenario_ref)->required()->value_name("SCENARIO"), "scenario file, or id from the scenarios folder")
      ("draws,n", po::value(&draws)->value_name("N"), "Monte Carlo draws (default: one deterministic run with every pledge implemented)")
      ("scenarios", po::value(&scenarios_dir)->value_name("DIR"), "folder of scenarios for ids and \"extends\" (default: the shipped scenarios/)");
  AddInputOptions(desc, o);
  AddRunOptions(desc, o);
  po::positional_options_description pos;
  pos.add("scenario", 1);
  po::variables_map vm;
  int rc = ParseOrHelp(args, desc, &pos, "workrights simulate SCENARIO [--draws N] [--seed S] [--threads T] [--out FILE]",
                       "workrights simulate scenarios/guiding-principles-full.json --draws 10000 --seed 1 --out out/sim.json", vm);
  if (rc >= 0) return rc;
  if (draws < 0) throw po::error("--draws must be 0 or more");
  if (!o.as_of.empty()) throw po::error("--as-of does not apply: a scenario sets its own as_of date");

  Dataset dataset = LoadDataset(o.data_dir.empty() ? DefaultDataDir() : o.data_dir);
  RulePack pack = LoadRulePack(o.pack_dir.empty() ? DefaultPackDir() : o.pack_dir, dataset.catalogue);
  if (scenarios_dir.empty()) scenarios_dir = (std::filesystem::path(HomeDir()) / "scenarios").string();
  Scenario scenario = LoadScenario(scenario_ref, scenarios_dir, dataset, pack.info);
  SimulationOptions options;
  options.draws = draws;
  options.seed = o.seed;
  WorkerPool pool(pack, dataset.catalogue, ResolveThreads(o.threads));
  SimulationResult result = Simulate(pack, dataset, scenario, pool, options);
  WriteFileAtomically(o.out, JsonText(SimulationToJson(result)));
  Note(o, "simulated scenario " + scenario.id + " (" + (draws ? std::to_string(draws) + " draws, seed " + std::to_string(o.seed)
                                                             : std::string("deterministic")) +
              "): " + std::to_string(result.evaluations) + " rule evaluations, " +
              std::to_string(result.evaluations_full - result.evaluations) + " skipped by incremental evaluation" +
              (o.out == "-" ? "" : "; written to " + o.out));
  return kExitOk;
}

}  // namespace workrights::cli
