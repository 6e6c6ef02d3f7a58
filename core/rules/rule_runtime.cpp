#include "core/rules/rule_runtime.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <stdexcept>
#include <string>

#include <lua.hpp>

#include "core/base/json_checks.h"
#include "core/base/spellcheck.h"
#include "core/rules/country_object.h"
#include "core/rules/lua_to_json.h"

namespace workrights {
namespace {

using runtime_internal::LuaToJson;

// Helpers shared by every rule, defined once in the base environment (trusted code).
constexpr const char* kPrelude = R"lua(
-- contains(list, value): true when the list holds the value.
function contains(list, value)
  for _, v in ipairs(list) do
    if v == value then return true end
  end
  return false
end

-- score_of(value, scores): the score the table gives the value; an error names a value it does not cover.
function score_of(value, scores)
  local s = scores[value]
  if s == nil then
    error("no score is given for the value '" .. tostring(value) .. "'", 2)
  end
  return s
end

-- share_in(list, items): the share of `items` present in `list`, and the items missing (in `items` order).
function share_in(list, items)
  local missing = {}
  for _, item in ipairs(items) do
    if not contains(list, item) then missing[#missing + 1] = item end
  end
  return (#items - #missing) / #items, missing
end

-- clamp(x, lo, hi)
function clamp(x, lo, hi)
  if x < lo then return lo end
  if x > hi then return hi end
  return x
end
)lua";

// The prelude's helpers become part of the shared, read-only base.
void InstallPrelude(LuaSandbox& sandbox) {
  lua_State* L = sandbox.state();
  sandbox.PushChunkEnvironment();  // stack: env
  LuaFailure failure;
  if (!sandbox.Load(kPrelude, "<prelude>", -1, failure) || !sandbox.Call(0, 0, failure)) {
    throw std::logic_error("rule prelude failed: " + failure.message);
  }
  // Copy the helpers into the base by reading them back from the environment table.
  lua_getmetatable(L, -1);
  lua_getfield(L, -1, "__index");  // stack: env, its metatable, the base
  for (const char* name : {"contains", "score_of", "share_in", "clamp"}) {
    lua_getfield(L, -3, name);
    if (!sandbox.Freeze(-1, failure)) throw std::logic_error("rule prelude failed: " + failure.message);
    lua_setfield(L, -2, name);
  }
  lua_pop(L, 3);
}

}  // namespace

RuleRuntime::RuleRuntime(const PackSources& sources, const FactCatalogue& catalogue, const SandboxLimits& limits,
                         const PackInfo* info)
    : sandbox_(std::make_unique<LuaSandbox>(limits)),
      sources_(sources),
      catalogue_(catalogue),
      extract_info_(info == nullptr) {
  if (info) info_ = *info;
  sandbox_->set_owner(this);
  InstallPrelude(*sandbox_);
  runtime_internal::CountryObjectRefs country = runtime_internal::CreateCountryObject(*sandbox_);
  country_ref_ = country.object;
  country_fields_ref_ = country.fields;

  Diagnostics diags;
  if (extract_info_) {
    info_.dir = sources.dir;
    info_.hash = sources.hash;
  }
  LoadPackConfig(diags);
  diags.ThrowIfAny();
  priority_rule_.id = "priority";
  priority_rule_.file = sources.pack_file.path;
  priority_rule_.line = info_.priority.line;
  priority_rule_.reads = info_.priority.reads;
  metric_names_ = MetricNames(info_);
  LoadRules(diags);
  diags.ThrowIfAny();
}

RuleRuntime::~RuleRuntime() = default;

// ---- pack.lua / pack.json ------------------------------------------------------------------------------

void RuleRuntime::LoadPackConfig(Diagnostics& diags) {
  lua_State* L = sandbox_->state();
  const PackFile& pf = sources_.pack_file;
  std::string shown = sources_.DisplayPath(pf.path);
  nlohmann::json config;
  std::optional<JsonDocument> doc;
  if (pf.path == "pack.json") {
    if (!extract_info_) return;
    try {
      doc = ParseJson(pf.text, shown);
    } catch (const InputError& e) {
      for (const auto& d : e.diagnostics()) diags.Add(d);
      return;
    }
  } else {
    sandbox_->PushChunkEnvironment();
    LuaFailure failure;
    if (!sandbox_->Load(pf.text, pf.path, -1, failure) || !sandbox_->Call(0, 1, failure)) {
      diags.Add(SourceLocation{sources_.DisplayPath(failure.file.empty() ? pf.path : failure.file), failure.line, 0, {}, {}},
                "pack file failed to load: " + failure.message);
      lua_settop(L, 0);
      return;
    }
    if (!lua_istable(L, -1)) {
      diags.Add(SourceLocation{shown, 0, 0, {}, {}}, "pack.lua must return a table (return { name = ..., ... })");
      lua_settop(L, 0);
      return;
    }
    doc = JsonDocument::FromValue(LuaToJson(L, -1, 0), shown);
    LoadPriority(lua_gettop(L), diags);
    lua_settop(L, 0);
    if (!extract_info_) return;
  }
  JsonChecker check(*doc, diags);
  const auto& root = doc->root();
  if (!check.IsObject("", root, "the pack")) return;
  check.Keys("", root,
             {"name", "version", "description", "domains", "aggregation", "rules", "weights", "limits", "priority"},
             {"name", "version", "domains", "rules"});
  if (root.contains("priority") && check.IsObject("/priority", root["priority"], "\"priority\"")) {
    const auto& pr = root["priority"];
    check.Keys("/priority", pr, {"description", "reads", "evaluate"}, {"reads", "evaluate"});
    if (pf.path == "pack.json") check.Error("/priority", "a priority function needs pack.lua (Lua code cannot live in JSON)");
    info_.priority.defined = pf.path != "pack.json";
    info_.priority.description = check.String("/priority", pr, "description", false).value_or("");
    if (pr.contains("reads") && check.IsArray("/priority/reads", pr["reads"], "\"reads\"")) {
      for (size_t i = 0; i < pr["reads"].size(); ++i) {
        const auto& path = pr["reads"][i];
        const FactSpec* spec = path.is_string() ? catalogue_.Find(path.get<std::string>()) : nullptr;
        if (!spec) {
          std::string text = path.is_string() ? path.get<std::string>() : path.dump();
          check.Error("/priority/reads/" + std::to_string(i), "unknown fact \"" + text + "\"", DidYouMean(text, catalogue_.Paths()));
        } else {
          info_.priority.reads.push_back(spec->id);
        }
      }
    }
    info_.priority.line = priority_line_;
  }
  info_.name = check.String("", root, "name", true).value_or("");
  info_.version = check.String("", root, "version", true).value_or("");
  info_.description = check.String("", root, "description", false).value_or("");
  if (auto agg = check.String("", root, "aggregation", false)) {
    if (*agg == "arithmetic") info_.aggregation = Aggregation::kArithmetic;
    else if (*agg == "geometric") info_.aggregation = Aggregation::kGeometric;
    else check.Error("/aggregation", "unknown aggregation \"" + *agg + "\"", "use \"arithmetic\" or \"geometric\"");
  }
  if (root.contains("domains") && check.IsArray("/domains", root["domains"], "\"domains\"")) {
    const auto& domains = root["domains"];
    if (domains.empty()) check.Error("/domains", "a pack needs at least one domain");
    for (size_t i = 0; i < domains.size(); ++i) {
      std::string p = "/domains/" + std::to_string(i);
      if (!check.IsObject(p, domains[i], "a domain")) continue;
      check.Keys(p, domains[i], {"id", "title", "weight"}, {"id", "title", "weight"});
      DomainInfo d;
      d.id = check.String(p, domains[i], "id", true).value_or("");
      d.title = check.String(p, domains[i], "title", true).value_or("");
      d.weight = check.Number(p, domains[i], "weight", true).value_or(1);
      if (!(d.weight > 0)) check.Error(p + "/weight", "a domain weight must be greater than 0");
      for (const auto& other : info_.domains) {
        if (other.id == d.id) check.Error(p + "/id", "domain \"" + d.id + "\" is declared twice");
      }
      info_.domains.push_back(d);
    }
  }
  if (root.contains("rules") && check.IsArray("/rules", root["rules"], "\"rules\"")) {
    const auto& rules = root["rules"];
    std::set<std::string> listed;
    for (size_t i = 0; i < rules.size(); ++i) {
      std::string p = "/rules/" + std::to_string(i);
      if (!rules[i].is_string()) {
        check.Error(p, "a rule entry must be a file path (string), but is " + JsonKindName(rules[i]));
        continue;
      }
      std::string file = rules[i].get<std::string>();
      if (!sources_.Find(file)) {
        check.Error(p, "rule file \"" + file + "\" does not exist in the pack");
        continue;
      }
      if (!listed.insert(file).second) {
        check.Error(p, "rule file \"" + file + "\" is listed twice");
        continue;
      }
      RuleInfo r;
      r.file = file;
      info_.rules.push_back(r);
    }
    for (const auto& f : sources_.lua_files) {
      bool is_test = f.path.size() > 9 && f.path.compare(f.path.size() - 9, 9, "_test.lua") == 0;
      if (is_test) info_.test_files.push_back(f.path);
      else if (!listed.count(f.path) && f.path.rfind("lib/", 0) != 0) {
        diags.Add(SourceLocation{sources_.DisplayPath(f.path), 0, 0, {}, {}},
                  "this Lua file is neither a listed rule nor a test (*_test.lua)",
                  "add \"" + f.path + "\" to the pack's \"rules\", or remove it");
      }
    }
  }
  if (root.contains("weights") && check.IsObject("/weights", root["weights"], "\"weights\"")) {
    for (const auto& [id, w] : root["weights"].items()) {
      if (!w.is_number() || !(w.get<double>() >= 0)) {
        check.Error("/weights/" + JsonPointerToken(id), "a weight must be a number of at least 0");
      }
    }
  }
  if (root.contains("limits") && check.IsObject("/limits", root["limits"], "\"limits\"")) {
    const auto& limits = root["limits"];
    check.Keys("/limits", limits, {"instructions", "memory_mb"}, {});
    if (auto n = check.Number("/limits", limits, "instructions", false)) {
      if (*n < 1000 || *n > 1e10) check.Error("/limits/instructions", "instructions must be from 1000 to 1e10");
      else info_.limits.instructions_per_call = static_cast<uint64_t>(*n);
    }
    if (auto n = check.Number("/limits", limits, "memory_mb", false)) {
      if (*n < 4 || *n > 4096) check.Error("/limits/memory_mb", "memory_mb must be from 4 to 4096");
      else info_.limits.memory_bytes = static_cast<size_t>(*n) << 20;
    }
  }
  pack_config_ = root;
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

// ---- rule files ----------------------------------------------------------------------------------------

void RuleRuntime::LoadRules(Diagnostics& diags) {
  lua_State* L = sandbox_->state();
  std::set<std::string> domain_ids;
  std::vector<std::string> domain_names;
  for (const auto& d : info_.domains) domain_names.push_back(d.id);
  std::vector<std::string> paths = catalogue_.Paths();
  std::map<std::string, std::string> id_files;

  for (size_t r = 0; r < info_.rules.size(); ++r) {
    RuleInfo& rule = info_.rules[r];
    const PackFile* file = sources_.Find(rule.file);
    std::string shown = sources_.DisplayPath(rule.file);
    evaluate_refs_.push_back(LUA_NOREF);
    snapshot_refs_.push_back(LUA_NOREF);
    lua_settop(L, 0);
    sandbox_->PushChunkEnvironment();
    LuaFailure failure;
    if (!sandbox_->Load(file->text, rule.file, 1, failure) || !sandbox_->Call(0, 1, failure)) {
      std::string what = failure.kind == LuaFailure::Kind::kSyntax ? "rule file has a syntax error: "
                                                                    : "rule file failed to load: ";
      diags.Add(SourceLocation{sources_.DisplayPath(failure.file.empty() ? rule.file : failure.file), failure.line, 0,
                               {}, {}},
                what + failure.message);
      continue;
    }
    if (!lua_istable(L, -1)) {
      diags.Add(SourceLocation{shown, 0, 0, {}, {}},
                std::string("a rule file must return a table (return { id = ..., evaluate = function(c) ... end }), "
                            "but returned ") + luaL_typename(L, -1));
      continue;
    }
    int table = lua_gettop(L);
    if (lua_getfield(L, table, "evaluate") != LUA_TFUNCTION) {
      std::string id = lua_getfield(L, table, "id") == LUA_TSTRING ? lua_tostring(L, -1) : "";
      diags.Add(SourceLocation{shown, 0, 0, {}, id}, "the rule has no evaluate function",
                "add evaluate = function(c) ... return score, explanation end");
      continue;
    }
    lua_Debug ar;
    lua_pushvalue(L, -1);
    lua_getinfo(L, ">S", &ar);  // '>' pops the function
    rule.line = ar.linedefined;

    if (extract_info_) {
      JsonDocument doc = JsonDocument::FromValue(LuaToJson(L, table, 0), shown);
      size_t before = diags.size();
      JsonChecker check(doc, diags);
      const auto& meta = doc.root();
      check.Keys("", meta,
                 {"id", "title", "description", "domain", "dimension", "weight", "instruments", "reads", "evaluate",
                  "action"},
                 {"id", "title", "domain", "dimension", "instruments", "reads", "evaluate"});
      rule.id = check.String("", meta, "id", true).value_or("");
      if (!rule.id.empty() && rule.id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_.-") != std::string::npos) {
        check.Error("/id", "rule id \"" + rule.id + "\" may use only a-z, 0-9, '_', '.' and '-'");
      }
      rule.title = check.String("", meta, "title", true).value_or("");
      rule.description = check.String("", meta, "description", false).value_or("");
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
      rule.weight = check.Number("", meta, "weight", false).value_or(1);
      if (!(rule.weight >= 0) || !std::isfinite(rule.weight)) check.Error("/weight", "weight must be a number of at least 0");
      if (pack_config_.contains("weights") && pack_config_["weights"].contains(rule.id) &&
          pack_config_["weights"][rule.id].is_number()) {
        rule.weight = pack_config_["weights"][rule.id].get<double>();
      }
      if (meta.contains("instruments") && check.IsArray("/instruments", meta["instruments"], "\"instruments\"")) {
        for (const auto& i : meta["instruments"]) {
          if (i.is_string()) rule.instruments.push_back(i.get<std::string>());
          else check.Error("/instruments", "instruments must be strings");
        }
        if (meta["instruments"].empty()) check.Error("/instruments", "a rule must cite at least one instrument");
      }
      if (meta.contains("reads") && check.IsArray("/reads", meta["reads"], "\"reads\"")) {
        const auto& reads = meta["reads"];
        for (size_t i = 0; i < reads.size(); ++i) {
          std::string p = "/reads/" + std::to_string(i);
          const FactSpec* spec = reads[i].is_string() ? catalogue_.Find(reads[i].get<std::string>()) : nullptr;
          if (!spec) {
            std::string path = reads[i].is_string() ? reads[i].get<std::string>() : reads[i].dump();
            check.Error(p, "unknown fact \"" + path + "\"", DidYouMean(path, paths));
          } else if (std::find(rule.reads.begin(), rule.reads.end(), spec->id) == rule.reads.end()) {
            rule.reads.push_back(spec->id);
          }
        }
      }
      if (meta.contains("action")) {
        if (check.IsObject("/action", meta["action"], "\"action\"")) rule.action = meta["action"];
      }
      for (size_t i = before; i < diags.size(); ++i) {
        // Metadata problems name the rule, so the user knows which rule file to open.
        auto& d = const_cast<Diagnostic&>(diags.items()[i]);
        d.where.rule_id = rule.id;
      }
      if (!rule.id.empty()) {
        auto [it, inserted] = id_files.emplace(rule.id, rule.file);
        if (!inserted) {
          diags.Add(SourceLocation{shown, 0, 0, {}, rule.id},
                    "duplicate rule id (also in " + sources_.DisplayPath(it->second) + ")",
                    "give each rule its own id");
        }
      }
    }
    lua_pop(L, 1);  // evaluate
    // Freeze the rule (its tables, its globals, the upvalues of its functions), then keep evaluate.
    if (!sandbox_->Freeze(table, failure) ||
        (snapshot_refs_[r] = sandbox_->SnapshotUpvalues(table, failure)) == LUA_NOREF) {
      diags.Add(SourceLocation{shown, 0, 0, {}, rule.id}, "rule file failed to load: " + failure.message);
      continue;
    }
    lua_getfield(L, table, "evaluate");
    evaluate_refs_[r] = luaL_ref(L, LUA_REGISTRYINDEX);
    lua_settop(L, 0);
  }
}

}  // namespace workrights
