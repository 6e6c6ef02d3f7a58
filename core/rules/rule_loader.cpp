// The rule loader: runs each rule file in its own environment, reads and checks its metadata (id, title,
// domain, dimension, weight, instruments, reads, action), then freezes the rule and keeps its evaluate function.
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <lua.hpp>

#include "core/base/json_checks.h"
#include "core/base/spellcheck.h"
#include "core/rules/lua_to_json.h"
#include "core/rules/pack_coherence.h"
#include "core/rules/pack_indicators.h"
#include "core/rules/rule_runtime.h"
#include "core/rules/rule_source_id.h"

namespace workrights {
namespace {

using runtime_internal::LuaToJson;

// What every rule's metadata is checked against, and the ids seen so far.
struct RuleContext {
  const FactCatalogue& catalogue;
  const PackSources& sources;
  const nlohmann::json& pack_config;  ///< its "weights" override the rules' own
  std::vector<std::string> domain_names;
  std::vector<std::string> fact_paths;
  std::map<std::string, std::string> id_files;  ///< rule id -> file, to report duplicates
};

// Where a rule file that failed before returning its table went wrong: with the rule id its text declares, or,
// when none can be read, a hint that says so and names the file (the error may point into another file).
Diagnostic LoadFailure(const PackSources& sources, const RuleInfo& rule, std::string file, int line,
                       std::string message) {
  const PackFile* own = sources.Find(rule.file);
  std::optional<std::string> id = rule.id.empty() && own ? RuleIdInSource(own->text) : std::optional<std::string>(rule.id);
  Diagnostic d{SourceLocation{sources.DisplayPath(file.empty() ? rule.file : file), line, 0, {}, id.value_or("")},
               std::move(message), {}};
  if (!id) {
    d.hint = "the rule id could not be determined: " + sources.DisplayPath(rule.file) +
             " has no top-level id = \"...\" in the table it returns";
  }
  return d;
}

// Runs one rule file in a fresh environment and finds its evaluate function. stack (cleared first): env, rule
// table, evaluate. Returns the table's index, or 0 after reporting why the file is not a rule.
int CompileRule(LuaSandbox& sandbox, const PackSources& sources, RuleInfo& rule, const std::string& shown,
                Diagnostics& diags) {
  lua_State* L = sandbox.state();
  const PackFile* file = sources.Find(rule.file);
  lua_settop(L, 0);
  sandbox.PushChunkEnvironment();
  LuaFailure failure;
  if (!sandbox.Load(file->text, rule.file, 1, failure) || !sandbox.Call(0, 1, failure)) {
    std::string what = failure.kind == LuaFailure::Kind::kSyntax ? "rule file has a syntax error: "
                                                                  : "rule file failed to load: ";
    diags.Add(LoadFailure(sources, rule, failure.file, failure.line, what + failure.message));
    return 0;
  }
  if (!lua_istable(L, -1)) {
    diags.Add(LoadFailure(sources, rule, rule.file, 0,
                          std::string("a rule file must return a table (return { id = ..., evaluate = function(c) "
                                      "... end }), but returned ") + luaL_typename(L, -1)));
    return 0;
  }
  int table = lua_gettop(L);
  if (lua_getfield(L, table, "evaluate") != LUA_TFUNCTION) {
    std::string id = lua_getfield(L, table, "id") == LUA_TSTRING ? lua_tostring(L, -1) : "";
    diags.Add(SourceLocation{shown, 0, 0, {}, id}, "the rule has no evaluate function",
              "add evaluate = function(c) ... return score, explanation end");
    return 0;
  }
  lua_Debug ar;
  lua_pushvalue(L, -1);
  lua_getinfo(L, ">S", &ar);  // '>' pops the function
  rule.line = ar.linedefined;
  return table;
}

// "id", "title" and "description".
void ReadRuleNames(JsonChecker& check, const nlohmann::json& meta, RuleInfo& rule) {
  rule.id = check.String("", meta, "id", true).value_or("");
  if (!rule.id.empty() && rule.id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_.-") != std::string::npos) {
    check.Error("/id", "rule id \"" + rule.id + "\" may use only a-z, 0-9, '_', '.' and '-'");
  }
  rule.title = check.String("", meta, "title", true).value_or("");
  rule.description = check.String("", meta, "description", false).value_or("");
}

// "domain" (one the pack declares) and "dimension".
void ReadRuleKind(JsonChecker& check, const nlohmann::json& meta, const std::vector<std::string>& domain_names,
                  RuleInfo& rule) {
  if (auto d = check.String("", meta, "domain", true)) {
    auto it = std::find(domain_names.begin(), domain_names.end(), *d);
    if (it == domain_names.end()) {
      check.Error("/domain", "domain \"" + *d + "\" is not declared in the pack", DidYouMean(*d, domain_names));
    } else {
      rule.domain = static_cast<int>(it - domain_names.begin());
    }
  }
  if (auto d = check.String("", meta, "dimension", true)) {
    if (*d == "de_jure") rule.dimension = Dimension::kDeJure;
    else if (*d == "de_facto") rule.dimension = Dimension::kDeFacto;
    else check.Error("/dimension", "dimension must be \"de_jure\" or \"de_facto\", not \"" + *d + "\"");
  }
}

// "weight", unless the pack's "weights" give this rule another.
void ReadRuleWeight(JsonChecker& check, const nlohmann::json& meta, const nlohmann::json& pack_config,
                    RuleInfo& rule) {
  rule.weight = check.Number("", meta, "weight", false).value_or(1);
  if (!(rule.weight >= 0) || !std::isfinite(rule.weight)) check.Error("/weight", "weight must be a number of at least 0");
  if (pack_config.contains("weights") && pack_config["weights"].contains(rule.id) &&
      pack_config["weights"][rule.id].is_number()) {
    rule.weight = pack_config["weights"][rule.id].get<double>();
  }
}

// "instruments": at least one, each a string.
void ReadInstruments(JsonChecker& check, const nlohmann::json& meta, RuleInfo& rule) {
  if (!meta.contains("instruments") || !check.IsArray("/instruments", meta["instruments"], "\"instruments\"")) return;
  for (const auto& i : meta["instruments"]) {
    if (i.is_string()) rule.instruments.push_back(i.get<std::string>());
    else check.Error("/instruments", "instruments must be strings");
  }
  if (meta["instruments"].empty()) check.Error("/instruments", "a rule must cite at least one instrument");
}

// "reads": facts of the catalogue; each is kept once, in declared order.
void ReadDeclaredReads(JsonChecker& check, const nlohmann::json& meta, const RuleContext& context, RuleInfo& rule) {
  if (!meta.contains("reads") || !check.IsArray("/reads", meta["reads"], "\"reads\"")) return;
  const auto& reads = meta["reads"];
  for (size_t i = 0; i < reads.size(); ++i) {
    std::string p = "/reads/" + std::to_string(i);
    const FactSpec* spec = reads[i].is_string() ? context.catalogue.Find(reads[i].get<std::string>()) : nullptr;
    if (!spec) {
      std::string path = reads[i].is_string() ? reads[i].get<std::string>() : reads[i].dump();
      check.Error(p, "unknown fact \"" + path + "\"", DidYouMean(path, context.fact_paths));
    } else if (std::find(rule.reads.begin(), rule.reads.end(), spec->id) == rule.reads.end()) {
      rule.reads.push_back(spec->id);
    }
  }
}

// "thresholds": per number fact the rule reads, the values at which its score steps (score bounds try them).
void ReadThresholds(JsonChecker& check, const nlohmann::json& meta, const RuleContext& context, RuleInfo& rule) {
  if (!meta.contains("thresholds") || !check.IsObject("/thresholds", meta["thresholds"], "\"thresholds\"")) return;
  for (const auto& [path, points] : meta["thresholds"].items()) {
    const std::string p = "/thresholds/" + JsonPointerToken(path);
    const FactSpec* spec = context.catalogue.Find(path);
    if (!spec || std::find(rule.reads.begin(), rule.reads.end(), spec->id) == rule.reads.end()) {
      check.Error(p, "thresholds are for a number fact the rule declares in \"reads\"; \"" + path + "\" is not one");
      continue;
    }
    if (spec->type != FactType::kNumber) check.Error(p, "fact \"" + path + "\" is not a number");
    if (!points.is_array()) {
      check.Error(p, "thresholds are a list of numbers, not " + JsonKindName(points));
      continue;
    }
    std::vector<double> values;
    for (const auto& v : points) {
      if (!v.is_number() || !std::isfinite(v.get<double>())) check.Error(p, "a threshold must be a finite number");
      else values.push_back(v.get<double>());
    }
    rule.thresholds.emplace_back(spec->id, std::move(values));
  }
}

// Reads and checks the metadata of the rule table at `table`. stack: unchanged.
void ReadRuleMetadata(lua_State* L, int table, const std::string& shown, RuleContext& context, RuleInfo& rule,
                      Diagnostics& diags) {
  JsonDocument doc = JsonDocument::FromValue(LuaToJson(L, table, 0), shown);
  size_t before = diags.size();
  JsonChecker check(doc, diags);
  const auto& meta = doc.root();
  check.Keys("", meta,
             {"id", "title", "description", "domain", "dimension", "weight", "instruments", "reads", "evaluate",
              "action", "thresholds"},
             {"id", "title", "domain", "dimension", "instruments", "reads", "evaluate"});
  ReadRuleNames(check, meta, rule);
  ReadRuleKind(check, meta, context.domain_names, rule);
  ReadRuleWeight(check, meta, context.pack_config, rule);
  ReadInstruments(check, meta, rule);
  ReadDeclaredReads(check, meta, context, rule);
  ReadThresholds(check, meta, context, rule);
  if (meta.contains("action")) {
    if (check.IsObject("/action", meta["action"], "\"action\"")) rule.action = meta["action"];
  }
  for (size_t i = before; i < diags.size(); ++i) {
    // Metadata problems name the rule, so the user knows which rule file to open.
    auto& d = const_cast<Diagnostic&>(diags.items()[i]);
    d.where.rule_id = rule.id;
  }
  if (!rule.id.empty()) {
    auto [it, inserted] = context.id_files.emplace(rule.id, rule.file);
    if (!inserted) {
      diags.Add(SourceLocation{shown, 0, 0, {}, rule.id},
                "duplicate rule id (also in " + context.sources.DisplayPath(it->second) + ")",
                "give each rule its own id");
    }
  }
}

}  // namespace

void RuleRuntime::LoadRules(Diagnostics& diags) {
  lua_State* L = sandbox_->state();
  RuleContext context{catalogue_, sources_, pack_config_, {}, catalogue_.Paths(), {}};
  for (const auto& d : info_.domains) context.domain_names.push_back(d.id);

  for (size_t r = 0; r < info_.rules.size(); ++r) {
    RuleInfo& rule = info_.rules[r];
    std::string shown = sources_.DisplayPath(rule.file);
    evaluate_refs_.push_back(LUA_NOREF);
    snapshot_ids_.push_back(LUA_NOREF);
    int table = CompileRule(*sandbox_, sources_, rule, shown, diags);  // stack: env, rule table, evaluate
    if (table == 0) continue;
    if (extract_info_) ReadRuleMetadata(L, table, shown, context, rule, diags);
    lua_pop(L, 1);  // evaluate
    // Freeze the rule (its tables, its globals, the upvalues of its functions), then keep evaluate.
    LuaFailure failure;
    if (!sandbox_->Freeze(table, failure) ||
        (snapshot_ids_[r] = sandbox_->SnapshotUpvalues(table, failure)) == LUA_NOREF) {
      diags.Add(LoadFailure(sources_, rule, rule.file, 0, "rule file failed to load: " + failure.message));
      continue;
    }
    lua_getfield(L, table, "evaluate");
    evaluate_refs_[r] = luaL_ref(L, LUA_REGISTRYINDEX);
    lua_settop(L, 0);
  }
  // Only once every rule loaded: a rule that failed would look like a missing one.
  if (extract_info_ && diags.empty()) {
    CheckPackCoherence(info_, pack_config_, sources_.DisplayPath(sources_.pack_file.path), diags);
    ResolveIndicatorRules(info_, sources_.DisplayPath(sources_.pack_file.path), diags);
  }
}

}  // namespace workrights
