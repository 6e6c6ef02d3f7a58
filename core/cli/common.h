#pragma once
// Options and loading steps shared by the subcommands.
#include <optional>
#include <string>
#include <vector>

#include "core/cli/command.h"
#include "core/model/dataset.h"
#include "core/base/date.h"
#include "core/rules/rule_pack.h"

namespace workrights::cli {

/// Where the shipped data and packs are: $WORKRIGHTS_HOME, else next to the binary (build/..), else the
/// source tree the binary was built from.
std::string HomeDir();
std::string DefaultDataDir();
std::string DefaultPackDir();

struct CommonOptions {
  std::string data_dir;
  std::string pack_dir;
  int threads = 0;
  std::string as_of;
  std::string out = "-";
  uint64_t seed = 0;
  bool quiet = false;
};

/// Adds --data and --pack.
void AddInputOptions(po::options_description& desc, CommonOptions& o);
/// Adds --threads, --out, --as-of, --seed and --quiet.
void AddRunOptions(po::options_description& desc, CommonOptions& o);

/// Parses args; prints help (with `usage` and `example`) and returns kExitOk on --help; returns -1 to go on.
int ParseOrHelp(const std::vector<std::string>& args, po::options_description& desc,
                const po::positional_options_description* positional, const std::string& usage,
                const std::string& example, po::variables_map& vm);

std::optional<Date> ParseAsOf(const std::string& text);  ///< throws po::error on a bad date
/// Threads a worker pool may have, per core: --threads above this many per core is capped, with a note.
inline constexpr int kMaxThreadsPerCore = 4;
/// --threads: 0 is one per core; more than kMaxThreadsPerCore per core is capped with a note on stderr.
int ResolveThreads(int requested);

/// A one-line note on stderr unless --quiet.
void Note(const CommonOptions& o, const std::string& text);

}  // namespace workrights::cli
