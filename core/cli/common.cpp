#include "core/cli/common.h"

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <algorithm>
#include <iostream>

#include "core/assess/evaluator.h"
#include "core/rules/worker_pool.h"

namespace workrights::cli {
namespace fs = std::filesystem;

std::string HomeDir() {
  if (const char* env = std::getenv("WORKRIGHTS_HOME"); env && *env) return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (fs::path dir = exe.parent_path(); !dir.empty() && dir != dir.root_path(); dir = dir.parent_path()) {
      if (fs::exists(dir / "data" / "catalogue.json") && fs::exists(dir / "rules")) return dir.string();
    }
  }
  return WORKRIGHTS_SOURCE_DIR;
}

std::string DefaultDataDir() { return (fs::path(HomeDir()) / "data").string(); }
std::string DefaultPackDir() { return (fs::path(HomeDir()) / "rules" / "standard").string(); }

void AddInputOptions(po::options_description& desc, CommonOptions& o) {
  desc.add_options()
      ("data", po::value(&o.data_dir)->value_name("DIR"),
       "data folder with catalogue.json and profiles/ (default: the shipped data/)")
      ("pack", po::value(&o.pack_dir)->value_name("DIR"),
       "rule pack folder (default: the shipped rules/standard/)");
}

void AddOutputOptions(po::options_description& desc, CommonOptions& o) {
  desc.add_options()
      ("threads,j", po::value(&o.threads)->value_name("N"), "worker threads (default, or 0: one per core; at most 4 per core); the output does not depend on it")
      ("out,o", po::value(&o.out)->value_name("FILE"), "where to write the result; - for standard output (default)")
      ("quiet,q", po::bool_switch(&o.quiet), "no progress notes on standard error");
}

void AddRunOptions(po::options_description& desc, CommonOptions& o) {
  AddOutputOptions(desc, o);
  desc.add_options()
      ("as-of", po::value(&o.as_of)->value_name("DATE"), "assess the facts in force on DATE (YYYY-MM-DD; default: today)")
      ("seed", po::value(&o.seed)->value_name("N"), "seed for any randomness in rules (default 0)");
}

void AddMemoryOption(po::options_description& desc, double& limit_gib) {
  desc.add_options()("max-memory", po::value(&limit_gib)->value_name("GIB"),
                     "refuse a run that would need more than GIB GiB of memory for its draws (default 4)");
}

void CheckMemoryOption(double limit_gib) {
  if (!(limit_gib > 0) || !std::isfinite(limit_gib)) throw po::error("--max-memory must be a positive number of GiB");
}

int ParseOrHelp(const std::vector<std::string>& args, po::options_description& desc,
                const po::positional_options_description* positional, const std::string& usage,
                const std::string& example, po::variables_map& vm) {
  desc.add_options()("help,h", "show this help");
  po::command_line_parser parser(args);
  parser.options(desc);
  if (positional) parser.positional(*positional);
  po::store(parser.run(), vm);
  if (vm.count("help")) {
    std::cout << "usage: " << usage << "\n\n" << desc << "\nexample:\n  " << example << "\n";
    return kExitOk;
  }
  po::notify(vm);
  return -1;
}

Date Today() {
  const char* pinned = std::getenv("WORKRIGHTS_TODAY");
  if (!pinned || !*pinned) return TodayUtc();
  auto d = ParseDate(pinned);
  if (!d) throw po::error(std::string("WORKRIGHTS_TODAY='") + pinned + "' is not a date; write YYYY-MM-DD or unset it");
  return *d;
}

Date ParseAsOf(const std::string& text) {
  if (text.empty()) return Today();
  auto d = ParseDate(text);
  if (!d) throw po::error("--as-of '" + text + "' is not a date; write YYYY-MM-DD");
  return *d;
}

int ResolveThreads(int requested) {
  if (requested < 0) throw po::error("--threads must be 0 (one per core, the default) or a positive number");
  if (requested == 0) return DefaultThreadCount();
  // Each worker holds its own Lua state (up to the pack's memory cap): beyond a few per core, threads add
  // only memory and start-up time, and --threads 100000 ran out of both.
  const int cap = kMaxThreadsPerCore * DefaultThreadCount();
  if (requested > cap) {
    std::cerr << "note: --threads " << requested << " capped at " << cap << " (" << kMaxThreadsPerCore
              << " per core); the output does not depend on it\n";
    return cap;
  }
  return requested;
}

int CapWorkersForLuaMemory(int threads, const RulePack& pack, double memory_limit_gib) {
  const double state = static_cast<double>(pack.limits.memory_bytes);
  const double limit = memory_limit_gib * double(1u << 30);
  const int cap = std::max(1, static_cast<int>(limit / state));
  if (threads <= cap) return threads;
  std::cerr << "note: --threads " << threads << " capped at " << cap << ": each worker's Lua state may use up to "
            << ByteSizeText(state) << ", and together they stay within the memory limit of "
            << ByteSizeText(limit) << "; the output does not depend on it\n";
  return cap;
}

void AddGroupOption(po::options_description& desc, std::string& group) {
  desc.add_options()("group", po::value(&group)->value_name("GROUP"),
                     "the legal-status group to assess: refugees, asylum_seekers, temporary_protection, "
                     "other_protection, or all (every group each country's data describe); default: each country's "
                     "primary group");
}

void ApplyGroup(const std::string& group, const FactCatalogue& catalogue, AssessOptions& options) {
  if (group.empty()) return;
  if (group == "all") {
    options.all_groups = true;
    return;
  }
  auto g = catalogue.FindGroup(group);
  if (!g) {
    std::string names;
    for (const auto& n : catalogue.groups()) names += n + ", ";
    throw po::error("unknown --group '" + group + "'; use " + names + "or all");
  }
  options.group = *g;
}

std::optional<GroupId> ParseSingleGroup(const std::string& group, const FactCatalogue& catalogue) {
  if (group == "all") {
    throw po::error("--group all does not apply here: a ranking compares countries for one group; give one of " +
                    [&] {
                      std::string names;
                      for (const auto& n : catalogue.groups()) names += (names.empty() ? "" : ", ") + n;
                      return names;
                    }());
  }
  AssessOptions options;
  ApplyGroup(group, catalogue, options);
  return options.group;
}

void ThrowNoGroupData(const Dataset& dataset, const std::string& country, const std::string& group) {
  std::string code = country;
  for (auto& ch : code) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  const CountryProfile* p = dataset.Find(code);
  std::string described;
  if (p) {
    for (GroupId g : DescribedGroups(*p, dataset.catalogue)) {
      described += (described.empty() ? "" : ", ") + dataset.catalogue.GroupName(g);
    }
  }
  ThrowInputError(SourceLocation{p ? p->file : "", 0, 0, {}, {}},
                  code + "'s profile has no entry for group '" + group + "'",
                  "its data describe: " + described + " (or use --group all)");
}

void Note(const CommonOptions& o, const std::string& text) {
  if (!o.quiet) std::cerr << text << "\n";
}

}  // namespace workrights::cli
