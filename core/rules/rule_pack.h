#pragma once
// A rule pack on disk: pack.lua or pack.json, the rule files it lists, and the Lua tests beside them.
// The files are read once; every worker's runtime compiles the same in-memory text, so the hash in an output
// always describes the code that ran.
#include <string>
#include <vector>

#include "core/rules/lua_sandbox.h"
#include "core/rules/rule.h"

namespace workrights {

struct PackFile {
  std::string path;  ///< relative to the pack folder, '/'-separated: "rules/rtw_wage_employment.lua"
  std::string text;
};

struct PackSources {
  std::string dir;
  PackFile pack_file;  ///< pack.lua or pack.json
  std::vector<PackFile> lua_files;  ///< every other .lua file in the pack, sorted by path
  std::string hash;

  /// The path to show a user for a file of this pack.
  std::string DisplayPath(const std::string& relative) const;
  const PackFile* Find(const std::string& relative) const;
};

/// Reads the pack folder. Throws InputError when it has no pack.lua / pack.json or cannot be read.
PackSources ReadPackSources(const std::string& dir);

struct RulePack {
  PackSources sources;
  PackInfo info;
  SandboxLimits limits;
};

/// Reads, compiles and checks a pack: every problem (syntax errors, bad metadata, duplicate ids, undeclared
/// facts, missing rule files) is reported with file and line. Throws InputError.
RulePack LoadRulePack(const std::string& dir, const FactCatalogue& catalogue);

/// The per-country metrics simulations and rankings use: overall, de_jure, de_facto, gap, coverage, then for
/// each domain its score ("<domain>"), "<domain>.de_jure" and "<domain>.de_facto".
std::vector<std::string> MetricNames(const PackInfo& pack);

}  // namespace workrights
