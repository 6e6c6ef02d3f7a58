#include "core/cli/common.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>

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

void AddRunOptions(po::options_description& desc, CommonOptions& o) {
  desc.add_options()
      ("threads,j", po::value(&o.threads)->value_name("N"), "worker threads (default, or 0: one per core; at most 4 per core); the output does not depend on it")
      ("out,o", po::value(&o.out)->value_name("FILE"), "where to write the result; - for standard output (default)")
      ("as-of", po::value(&o.as_of)->value_name("DATE"), "assess the facts in force on DATE (YYYY-MM-DD) instead of the latest")
      ("seed", po::value(&o.seed)->value_name("N"), "seed for any randomness in rules (default 0)")
      ("quiet,q", po::bool_switch(&o.quiet), "no progress notes on standard error");
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

std::optional<Date> ParseAsOf(const std::string& text) {
  if (text.empty()) return std::nullopt;
  auto d = ParseDate(text);
  if (!d) throw po::error("--as-of '" + text + "' is not a date; write YYYY-MM-DD");
  return d;
}

int ResolveThreads(int requested) {
  if (requested < 0) throw po::error("--threads must be at least 1");
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

void Note(const CommonOptions& o, const std::string& text) {
  if (!o.quiet) std::cerr << text << "\n";
}

}  // namespace workrights::cli
