#include "core/rules/rule_pack.h"

#include <algorithm>
#include <filesystem>

#include "core/base/json_reader.h"
#include "core/rules/rule_runtime.h"
#include "core/base/sha256.h"

namespace workrights {
namespace fs = std::filesystem;

std::string PackSources::DisplayPath(const std::string& relative) const {
  if (relative.empty() || relative[0] == '<') return relative;
  return (fs::path(dir) / relative).lexically_normal().string();
}

const PackFile* PackSources::Find(const std::string& relative) const {
  if (pack_file.path == relative) return &pack_file;
  for (const auto& f : lua_files) {
    if (f.path == relative) return &f;
  }
  return nullptr;
}

// The pack's files, relative to `dir`, sorted; entries that look like pack files (pack.lua, pack.json, *.lua)
// but cannot be read as files are reported, not skipped.
static std::vector<std::string> ListPackFiles(const std::string& dir, Diagnostics& diags) {
  std::vector<std::string> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    std::string name = p.filename().string();
    std::error_code kind_ec;
    if (!name.empty() && name[0] == '.') {  // editor and VCS files are not part of the pack
      if (it->is_directory(kind_ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_directory(kind_ec) && !it->is_symlink(kind_ec)) continue;
    bool looks_like_pack_file = p.extension() == ".lua" || name == "pack.json";
    std::string why = WhyNotAFile(p);
    if (why.empty()) files.push_back(fs::relative(p, dir).generic_string());
    else if (looks_like_pack_file) diags.Add(SourceLocation{p.string(), 0, 0, {}, {}}, why);
  }
  if (ec) diags.Add(SourceLocation{dir, 0, 0, {}, {}}, "cannot list the pack's folder: " + ec.message());
  std::sort(files.begin(), files.end());
  return files;
}

PackSources ReadPackSources(const std::string& dir) {
  PackSources src;
  src.dir = dir;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    ThrowInputError(SourceLocation{dir, 0, 0, {}, {}}, "rule pack folder not found",
                    "pass --pack with a folder holding pack.lua or pack.json");
  }
  bool has_lua = PathExists(fs::path(dir) / "pack.lua") || fs::is_symlink(fs::path(dir) / "pack.lua", ec);
  bool has_json = PathExists(fs::path(dir) / "pack.json") || fs::is_symlink(fs::path(dir) / "pack.json", ec);
  if (has_lua && has_json) {
    ThrowInputError(SourceLocation{dir, 0, 0, {}, {}}, "the pack has both pack.lua and pack.json", "keep one");
  }
  if (!has_lua && !has_json) {
    ThrowInputError(SourceLocation{dir, 0, 0, {}, {}}, "no pack.lua or pack.json in the rule pack folder");
  }
  Diagnostics diags;
  std::vector<std::string> files = ListPackFiles(dir, diags);
  diags.ThrowIfAny();
  Sha256 hash;
  for (const auto& rel : files) {
    std::string text = ReadTextFile((fs::path(dir) / rel).string(), 16u << 20);
    // Path and length framing keep "a"+"bc" and "ab"+"c" apart.
    hash.Update(rel);
    hash.Update(std::string(1, '\0'));
    hash.Update(std::to_string(text.size()));
    hash.Update(std::string(1, '\0'));
    hash.Update(text);
    if (rel == "pack.lua" || rel == "pack.json") {
      src.pack_file = PackFile{rel, std::move(text)};
    } else if (fs::path(rel).extension() == ".lua") {
      src.lua_files.push_back(PackFile{rel, std::move(text)});
    }
  }
  src.hash = hash.HexDigest();
  return src;
}

RulePack LoadRulePack(const std::string& dir, const FactCatalogue& catalogue) {
  RulePack pack;
  pack.sources = ReadPackSources(dir);
  RuleRuntime runtime(pack.sources, catalogue, pack.limits, nullptr);
  pack.info = runtime.info();
  pack.limits = pack.info.limits;
  return pack;
}

std::vector<std::string> MetricNames(const PackInfo& pack) {
  std::vector<std::string> names = {"overall", "de_jure", "de_facto", "gap", "coverage"};
  for (const auto& d : pack.domains) {
    names.push_back(d.id);
    names.push_back(d.id + ".de_jure");
    names.push_back(d.id + ".de_facto");
  }
  // The overall interval's ends (data bounds), for the best and worst possible ranks.
  names.push_back("overall.lower");
  names.push_back("overall.upper");
  return names;
}

}  // namespace workrights
