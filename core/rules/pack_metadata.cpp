// The pack-metadata reader: pack.lua / pack.json into PackInfo (name, domains, aggregation, rule files, weights,
// limits, priority, indicators), with every problem reported against the pack file.
#include <cmath>
#include <optional>
#include <set>
#include <string>

#include <lua.hpp>

#include "core/base/json_checks.h"
#include "core/base/spellcheck.h"
#include "core/rules/lua_to_json.h"
#include "core/rules/pack_indicators.h"
#include "core/rules/rule_runtime.h"

namespace workrights {
namespace {

using runtime_internal::LuaToJson;

// "priority": its description and the facts it reads (LoadPriority keeps the function itself).
void ReadPriority(JsonChecker& check, const nlohmann::json& pr, bool in_json, const FactCatalogue& catalogue,
                  PriorityInfo& priority) {
  check.Keys("/priority", pr, {"description", "reads", "evaluate"}, {"reads", "evaluate"});
  if (in_json) check.Error("/priority", "a priority function needs pack.lua (Lua code cannot live in JSON)");
  priority.defined = !in_json;
  priority.description = check.String("/priority", pr, "description", false).value_or("");
  if (pr.contains("reads") && check.IsArray("/priority/reads", pr["reads"], "\"reads\"")) {
    for (size_t i = 0; i < pr["reads"].size(); ++i) {
      const auto& path = pr["reads"][i];
      const FactSpec* spec = path.is_string() ? catalogue.Find(path.get<std::string>()) : nullptr;
      if (!spec) {
        std::string text = path.is_string() ? path.get<std::string>() : path.dump();
        check.Error("/priority/reads/" + std::to_string(i), "unknown fact \"" + text + "\"", DidYouMean(text, catalogue.Paths()));
      } else {
        priority.reads.push_back(spec->id);
      }
    }
  }
}

// "name", "version", "description" and "aggregation".
void ReadIdentity(JsonChecker& check, const nlohmann::json& root, PackInfo& info) {
  info.name = check.String("", root, "name", true).value_or("");
  info.version = check.String("", root, "version", true).value_or("");
  info.description = check.String("", root, "description", false).value_or("");
  if (auto agg = check.String("", root, "aggregation", false)) {
    if (*agg == "arithmetic") info.aggregation = Aggregation::kArithmetic;
    else if (*agg == "geometric") info.aggregation = Aggregation::kGeometric;
    else check.Error("/aggregation", "unknown aggregation \"" + *agg + "\"", "use \"arithmetic\" or \"geometric\"");
  }
}

// "domains": at least one, each with an id of its own, a title and a weight above 0.
void ReadDomains(JsonChecker& check, const nlohmann::json& domains, PackInfo& info) {
  if (domains.empty()) check.Error("/domains", "a pack needs at least one domain");
  for (size_t i = 0; i < domains.size(); ++i) {
    std::string p = "/domains/" + std::to_string(i);
    if (!check.IsObject(p, domains[i], "a domain")) continue;
    check.Keys(p, domains[i], {"id", "title", "weight"}, {"id", "title", "weight"});
    DomainInfo d;
    d.id = check.String(p, domains[i], "id", true).value_or("");
    d.title = check.String(p, domains[i], "title", true).value_or("");
    d.weight = check.Number(p, domains[i], "weight", true).value_or(1);
    if (!(d.weight > 0) || !std::isfinite(d.weight)) {
      check.Error(p + "/weight", "a domain weight must be a finite number greater than 0");
    }
    for (const auto& other : info.domains) {
      if (other.id == d.id) check.Error(p + "/id", "domain \"" + d.id + "\" is declared twice");
    }
    info.domains.push_back(d);
  }
}

// "rules": files of the pack, each listed once; they become info.rules in that order. Returns the listed paths.
std::set<std::string> ReadRuleList(JsonChecker& check, const nlohmann::json& rules, const PackSources& sources,
                                   PackInfo& info) {
  std::set<std::string> listed;
  for (size_t i = 0; i < rules.size(); ++i) {
    std::string p = "/rules/" + std::to_string(i);
    if (!rules[i].is_string()) {
      check.Error(p, "a rule entry must be a file path (string), but is " + JsonKindName(rules[i]));
      continue;
    }
    std::string file = rules[i].get<std::string>();
    if (!sources.Find(file)) {
      check.Error(p, "rule file \"" + file + "\" does not exist in the pack");
      continue;
    }
    if (!listed.insert(file).second) {
      check.Error(p, "rule file \"" + file + "\" is listed twice");
      continue;
    }
    RuleInfo r;
    r.file = file;
    info.rules.push_back(r);
  }
  return listed;
}

// The pack's other Lua files: tests (*_test.lua) are recorded, lib/ holds shared code, anything else is a
// forgotten rule or a stray file.
void SortOtherLuaFiles(const PackSources& sources, const std::set<std::string>& listed, PackInfo& info,
                       Diagnostics& diags) {
  for (const auto& f : sources.lua_files) {
    bool is_test = f.path.size() > 9 && f.path.compare(f.path.size() - 9, 9, "_test.lua") == 0;
    if (is_test) info.test_files.push_back(f.path);
    else if (!listed.count(f.path) && f.path.rfind("lib/", 0) != 0) {
      diags.Add(SourceLocation{sources.DisplayPath(f.path), 0, 0, {}, {}},
                "this Lua file is neither a listed rule nor a test (*_test.lua)",
                "add \"" + f.path + "\" to the pack's \"rules\", or remove it");
    }
  }
}

// "weights": rule id -> weight; LoadRules applies them.
void CheckWeights(JsonChecker& check, const nlohmann::json& weights) {
  for (const auto& [id, w] : weights.items()) {
    if (!w.is_number() || !(w.get<double>() >= 0) || !std::isfinite(w.get<double>())) {
      check.Error("/weights/" + JsonPointerToken(id), "a weight must be a finite number of at least 0");
    }
  }
}

// "limits": the sandbox's instruction budget and memory cap for this pack.
void ReadLimits(JsonChecker& check, const nlohmann::json& limits, SandboxLimits& out) {
  check.Keys("/limits", limits, {"instructions", "memory_mb"}, {});
  if (auto n = check.Number("/limits", limits, "instructions", false)) {
    // The top of the range runs in about 3 s per call (about 70 million instructions a second), so even a rule
    // that always hits it keeps a run of many countries in minutes, not hours. Written so that NaN (0/0 in
    // pack.lua) is out of range too: it fails every comparison.
    if (!(*n >= 1000 && *n <= 2e8)) check.Error("/limits/instructions", "instructions must be from 1000 to 200000000");
    else out.instructions_per_call = static_cast<uint64_t>(*n);
  }
  if (auto n = check.Number("/limits", limits, "memory_mb", false)) {
    if (!(*n >= 4 && *n <= 4096)) check.Error("/limits/memory_mb", "memory_mb must be from 4 to 4096");
    else out.memory_bytes = static_cast<size_t>(*n) << 20;
  }
}

}  // namespace

void RuleRuntime::LoadPackConfig(Diagnostics& diags) {
  std::optional<JsonDocument> doc = ReadPackFile(diags);
  if (!doc) return;
  JsonChecker check(*doc, diags);
  const auto& root = doc->root();
  if (!check.IsObject("", root, "the pack")) return;
  check.Keys("", root,
             {"name", "version", "description", "domains", "aggregation", "rules", "weights", "limits", "priority", "indicators"},
             {"name", "version", "domains", "rules"});
  if (root.contains("priority") && check.IsObject("/priority", root["priority"], "\"priority\"")) {
    ReadPriority(check, root["priority"], sources_.pack_file.path == "pack.json", catalogue_, info_.priority);
    info_.priority.line = priority_line_;
  }
  ReadIdentity(check, root, info_);
  if (root.contains("domains") && check.IsArray("/domains", root["domains"], "\"domains\"")) {
    ReadDomains(check, root["domains"], info_);
  }
  if (root.contains("rules") && check.IsArray("/rules", root["rules"], "\"rules\"")) {
    std::set<std::string> listed = ReadRuleList(check, root["rules"], sources_, info_);
    SortOtherLuaFiles(sources_, listed, info_, diags);
  }
  if (root.contains("weights") && check.IsObject("/weights", root["weights"], "\"weights\"")) {
    CheckWeights(check, root["weights"]);
  }
  if (root.contains("limits") && check.IsObject("/limits", root["limits"], "\"limits\"")) {
    ReadLimits(check, root["limits"], info_.limits);
  }
  if (root.contains("indicators")) ReadIndicators(check, root["indicators"], catalogue_, info_.indicators);
  pack_config_ = root;
}

std::optional<JsonDocument> RuleRuntime::ReadPackFile(Diagnostics& diags) {
  lua_State* L = sandbox_->state();
  const PackFile& pf = sources_.pack_file;
  std::string shown = sources_.DisplayPath(pf.path);
  if (pf.path == "pack.json") {
    if (!extract_info_) return std::nullopt;
    try {
      return ParseJson(pf.text, shown);
    } catch (const InputError& e) {
      for (const auto& d : e.diagnostics()) diags.Add(d);
      return std::nullopt;
    }
  }
  sandbox_->PushChunkEnvironment();  // stack: env
  LuaFailure failure;
  if (!sandbox_->Load(pf.text, pf.path, -1, failure) || !sandbox_->Call(0, 1, failure)) {
    diags.Add(SourceLocation{sources_.DisplayPath(failure.file.empty() ? pf.path : failure.file), failure.line, 0, {}, {}},
              "pack file failed to load: " + failure.message);
    lua_settop(L, 0);
    return std::nullopt;
  }
  // stack: env, what pack.lua returned
  if (!lua_istable(L, -1)) {
    diags.Add(SourceLocation{shown, 0, 0, {}, {}}, "pack.lua must return a table (return { name = ..., ... })");
    lua_settop(L, 0);
    return std::nullopt;
  }
  std::optional<JsonDocument> doc = JsonDocument::FromValue(LuaToJson(L, -1, 0), shown);
  LoadPriority(lua_gettop(L), diags);
  lua_settop(L, 0);
  if (!extract_info_) return std::nullopt;
  return doc;
}

// Keeps pack.lua's priority.evaluate, frozen like a rule, so every worker can compute the index.
void RuleRuntime::LoadPriority(int pack_table, Diagnostics& diags) {
  lua_State* L = sandbox_->state();
  if (lua_getfield(L, pack_table, "priority") != LUA_TTABLE) {
    lua_pop(L, 1);
    return;
  }
  int table = lua_gettop(L);
  if (lua_getfield(L, table, "evaluate") != LUA_TFUNCTION) {
    lua_pop(L, 2);
    return;  // the config check reports it
  }
  lua_Debug ar;
  lua_getinfo(L, ">S", &ar);  // pops the function
  priority_line_ = ar.linedefined;
  LuaFailure failure;
  if (!sandbox_->Freeze(table, failure) ||
      (priority_snapshot_ = sandbox_->SnapshotUpvalues(table, failure)) == LUA_NOREF) {
    diags.Add(SourceLocation{sources_.DisplayPath(sources_.pack_file.path), 0, 0, {}, "priority"},
              "pack file failed to load: " + failure.message);
    lua_pop(L, 1);
    return;
  }
  lua_getfield(L, table, "evaluate");
  priority_ref_ = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_pop(L, 1);
}

}  // namespace workrights
