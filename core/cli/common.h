#pragma once
// Options and loading steps shared by the subcommands.
#include <optional>
#include <string>
#include <vector>

#include "core/assess/evaluator.h"
#include "core/cli/command.h"
#include "core/model/dataset.h"
#include "core/base/date.h"
#include "core/base/resource_limit.h"
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
/// Adds --threads, --out and --quiet (commands that compare dates of their own: diff, trend).
void AddOutputOptions(po::options_description& desc, CommonOptions& o);
/// Adds --threads, --out, --quiet, --as-of and --seed.
void AddRunOptions(po::options_description& desc, CommonOptions& o);

/// Adds --max-memory GIB (default kDefaultMemoryLimitGiB): the memory a run of many draws may plan to use.
void AddMemoryOption(po::options_description& desc, double& limit_gib);
/// Throws po::error unless --max-memory is a positive number.
void CheckMemoryOption(double limit_gib);

/// Parses args; prints help (with `usage` and `example`) and returns kExitOk on --help; returns -1 to go on.
int ParseOrHelp(const std::vector<std::string>& args, po::options_description& desc,
                const po::positional_options_description* positional, const std::string& usage,
                const std::string& example, po::variables_map& vm);

/// Today in UTC, or $WORKRIGHTS_TODAY (YYYY-MM-DD) when set, so that tests and examples can pin the date.
Date Today();
/// --as-of's date, today when empty; throws po::error on a bad date. Entries dated later are not in force yet.
Date ParseAsOf(const std::string& text);
/// Threads a worker pool may have, per core: --threads above this many per core is capped, with a note.
inline constexpr int kMaxThreadsPerCore = 4;
/// --threads: 0 is one per core; more than kMaxThreadsPerCore per core is capped with a note on stderr.
int ResolveThreads(int requested);
/// The workers a pool for `pack` may have: each holds a Lua state that may grow to the pack's memory cap, so all
/// of them together stay within `memory_limit_gib` (--max-memory, default 4 GiB): more threads are capped, with a
/// note on stderr. The output does not depend on it.
int CapWorkersForLuaMemory(int threads, const RulePack& pack, double memory_limit_gib = kDefaultMemoryLimitGiB);

/// Adds --group: a legal-status group from the catalogue, or "all".
void AddGroupOption(po::options_description& desc, std::string& group);
/// Applies --group to `options`: "" keeps each country's primary group; throws po::error for an unknown group.
void ApplyGroup(const std::string& group, const FactCatalogue& catalogue, AssessOptions& options);

/// Parses --group for a command that takes one group at a time (rank): "" = primary groups; "all" is refused.
std::optional<GroupId> ParseSingleGroup(const std::string& group, const FactCatalogue& catalogue);

/// The located error for a country whose data say nothing about the group asked for, naming the groups they describe.
[[noreturn]] void ThrowNoGroupData(const Dataset& dataset, const std::string& country, const std::string& group);

/// A one-line note on stderr unless --quiet.
void Note(const CommonOptions& o, const std::string& text);

}  // namespace workrights::cli
