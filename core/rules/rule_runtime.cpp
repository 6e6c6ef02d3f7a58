#include "core/rules/rule_runtime.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <set>

#include <lua.hpp>

#include "core/base/json_checks.h"
#include "core/base/spellcheck.h"

namespace workrights {
namespace {

// Raised (as a light userdata) when a rule reads an unknown fact without a default: the call stops and the
// result is "unknown". Its address is its identity.
const char kUnknownSentinel = 0;

constexpr size_t kMaxExplanationBytes = 4000;

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

RuleRuntime& Runtime(lua_State* L) { return *static_cast<RuleRuntime*>(LuaSandbox::From(L)->owner()); }

// Converts a Lua value to JSON for checking metadata. Functions become the string "<function>".
nlohmann::json LuaToJson(lua_State* L, int index, int depth) {
  index = lua_absindex(L, index);
  switch (lua_type(L, index)) {
    case LUA_TNIL: return nullptr;
    case LUA_TBOOLEAN: return static_cast<bool>(lua_toboolean(L, index));
    case LUA_TNUMBER:
      if (lua_isinteger(L, index)) return static_cast<int64_t>(lua_tointeger(L, index));
      return lua_tonumber(L, index);
    case LUA_TSTRING: return std::string(lua_tostring(L, index));
    case LUA_TFUNCTION: return "<function>";
    case LUA_TTABLE: {
      if (depth > 16) return "<too deep>";
      // An empty table could be either; as a list it fits "reads = {}" and "instruments = {}".
      size_t n = lua_rawlen(L, index);
      bool array = true;
      size_t count = 0;
      lua_pushnil(L);
      while (lua_next(L, index) != 0) {
        ++count;
        if (!lua_isinteger(L, -2)) array = false;
        lua_pop(L, 1);
      }
      if (array && count == n) {
        nlohmann::json arr = nlohmann::json::array();
        for (size_t i = 1; i <= n; ++i) {
          lua_rawgeti(L, index, static_cast<lua_Integer>(i));
          arr.push_back(LuaToJson(L, -1, depth + 1));
          lua_pop(L, 1);
        }
        return arr;
      }
      nlohmann::json obj = nlohmann::json::object();
      lua_pushnil(L);
      while (lua_next(L, index) != 0) {
        std::string key;
        if (lua_type(L, -2) == LUA_TSTRING) key = lua_tostring(L, -2);
        else if (lua_isinteger(L, -2)) key = "[" + std::to_string(lua_tointeger(L, -2)) + "]";
        else key = std::string("<") + luaL_typename(L, -2) + " key>";
        obj[key] = LuaToJson(L, -1, depth + 1);
        lua_pop(L, 1);
      }
      return obj;
    }
    default: return std::string("<") + luaL_typename(L, index) + ">";
  }
}

void PushFactValue(lua_State* L, const FactValue& v) {
  if (auto b = std::get_if<bool>(&v)) {
    lua_pushboolean(L, *b);
  } else if (auto d = std::get_if<double>(&v)) {
    lua_pushnumber(L, *d);
  } else if (auto s = std::get_if<std::string>(&v)) {
    lua_pushlstring(L, s->data(), s->size());
  } else {
    const auto& list = std::get<std::vector<std::string>>(v);
    lua_createtable(L, static_cast<int>(list.size()), 0);
    for (size_t i = 0; i < list.size(); ++i) {
      lua_pushlstring(L, list[i].data(), list[i].size());
      lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
    }
  }
}

// Checks a default given by the rule against the fact's type; returns an error message or "".
const char* CheckDefaultType(lua_State* L, int index, const FactSpec& spec) {
  int t = lua_type(L, index);
  switch (spec.type) {
    case FactType::kBool: return t == LUA_TBOOLEAN ? "" : "the default must be true or false";
    case FactType::kNumber: return t == LUA_TNUMBER ? "" : "the default must be a number";
    case FactType::kList: return t == LUA_TTABLE ? "" : "the default must be a list (table)";
    case FactType::kEnum:
      if (t != LUA_TSTRING) return "the default must be one of the fact's allowed values";
      return spec.Allows(lua_tostring(L, index)) ? "" : "the default is not one of the fact's allowed values";
    case FactType::kDate: return t == LUA_TSTRING ? "" : "the default must be a date string";
  }
  return "";
}

// Finds the fact a rule asks for, and checks the rule declared it. Raises a Lua error otherwise.
FactId DeclaredFact(lua_State* L, RuleRuntime& rt, int path_index) {
  if (lua_type(L, 1) == LUA_TSTRING) {
    luaL_error(L, "call it with a colon: c:fact(\"%s\"), not c.fact(...)", lua_tostring(L, 1));
  }
  size_t len = 0;
  const char* path = luaL_checklstring(L, path_index, &len);
  const RuleInfo& rule = *rt.current().rule;
  const FactCatalogue& cat = rt.catalogue();
  for (FactId id : rule.reads) {
    const std::string& p = cat.Get(id).path;
    if (p.size() == len && std::memcmp(p.data(), path, len) == 0) return id;
  }
  const FactSpec* spec = cat.Find(std::string_view(path, len));
  if (!spec) {
    std::string hint = DidYouMean(std::string_view(path, len), cat.Paths());
    luaL_error(L, "unknown fact '%s'%s%s", path, hint.empty() ? "" : "; ", hint.c_str());
  }
  luaL_error(L, "reads fact '%s' but does not list it in 'reads'", path);
  return -1;
}

GroupId GroupArgument(lua_State* L, RuleRuntime& rt, int index, FactId fact) {
  const FactView& view = *rt.current().view;
  if (lua_isnoneornil(L, index)) return view.group;
  const char* name = luaL_checkstring(L, index);
  auto g = rt.catalogue().FindGroup(name);
  if (!g) {
    std::string hint = DidYouMean(name, rt.catalogue().groups());
    luaL_error(L, "unknown group '%s'%s%s", name, hint.empty() ? "" : "; ", hint.c_str());
  }
  if (!rt.catalogue().Get(fact).by_group && *g != view.group) {
    luaL_error(L, "fact '%s' does not differ by group", rt.catalogue().Get(fact).path.c_str());
  }
  return *g;
}

// c:fact(path [, group]) — the value, or the call stops with "unknown".
int CountryFact(lua_State* L) {
  RuleRuntime& rt = Runtime(L);
  FactId fact = DeclaredFact(L, rt, 2);
  GroupId group = GroupArgument(L, rt, 3, fact);
  const FactEntry* entry = rt.current().view->Get(fact, group);
  RuleResult& result = *rt.current().result;
  result.reads.push_back({fact, group, entry, false, false});
  if (!entry) {
    result.missing.push_back(fact);
    lua_pushlightuserdata(L, const_cast<char*>(&kUnknownSentinel));
    return lua_error(L);
  }
  PushFactValue(L, entry->value);
  return 1;
}

// c:fact_or(path, default [, group]) — the value, or the default the rule names when unknown.
int CountryFactOr(lua_State* L) {
  RuleRuntime& rt = Runtime(L);
  FactId fact = DeclaredFact(L, rt, 2);
  luaL_checkany(L, 3);
  const char* bad = CheckDefaultType(L, 3, rt.catalogue().Get(fact));
  if (*bad) luaL_error(L, "fact_or('%s', ...): %s", rt.catalogue().Get(fact).path.c_str(), bad);
  GroupId group = GroupArgument(L, rt, 4, fact);
  const FactEntry* entry = rt.current().view->Get(fact, group);
  rt.current().result->reads.push_back({fact, group, entry, entry == nullptr, false});
  if (!entry) {
    lua_pushvalue(L, 3);
    return 1;
  }
  PushFactValue(L, entry->value);
  return 1;
}

// c:known(path [, group]) — whether the profile states the fact.
int CountryKnown(lua_State* L) {
  RuleRuntime& rt = Runtime(L);
  FactId fact = DeclaredFact(L, rt, 2);
  GroupId group = GroupArgument(L, rt, 3, fact);
  const FactEntry* entry = rt.current().view->Get(fact, group);
  rt.current().result->reads.push_back({fact, group, entry, false, true});
  lua_pushboolean(L, entry != nullptr);
  return 1;
}

// c:score(name) — a score of the country (priority function only); unknown stops the call, as for facts.
int CountryScore(lua_State* L) {
  RuleRuntime& rt = Runtime(L);
  const double* metrics = rt.current().metrics;
  if (!metrics) luaL_error(L, "c:score() is available only in the pack's priority function");
  std::string name = luaL_checkstring(L, 2);
  const auto& names = rt.metric_names();
  auto it = std::find(names.begin(), names.end(), name);
  if (it == names.end()) {
    std::string hint = DidYouMean(name, names);
    luaL_error(L, "unknown score '%s'%s%s", name.c_str(), hint.empty() ? "" : "; ", hint.c_str());
  }
  double v = metrics[it - names.begin()];
  if (std::isnan(v)) {
    rt.current().missing_scores->push_back("score:" + name);
    lua_pushlightuserdata(L, const_cast<char*>(&kUnknownSentinel));
    return lua_error(L);
  }
  lua_pushnumber(L, v);
  return 1;
}

int CountryToString(lua_State* L) {
  RuleRuntime& rt = Runtime(L);
  lua_pushfstring(L, "country %s", rt.current().view ? rt.current().view->profile->iso3.c_str() : "?");
  return 1;
}

uint64_t Fnv1a(uint64_t h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::string Where(const std::string& file, int line) {
  return line > 0 ? file + ":" + std::to_string(line) : file;
}

}  // namespace

// ---- construction --------------------------------------------------------------------------------------

RuleRuntime::RuleRuntime(const PackSources& sources, const FactCatalogue& catalogue, const SandboxLimits& limits,
                         const PackInfo* info)
    : sandbox_(std::make_unique<LuaSandbox>(limits)),
      sources_(sources),
      catalogue_(catalogue),
      extract_info_(info == nullptr) {
  if (info) info_ = *info;
  sandbox_->set_owner(this);
  lua_State* L = sandbox_->state();

  // The prelude's helpers become part of the shared, read-only base.
  {
    sandbox_->PushChunkEnvironment();
    LuaFailure failure;
    if (!sandbox_->Load(kPrelude, "<prelude>", -1, failure) || !sandbox_->Call(0, 0, failure)) {
      throw std::logic_error("rule prelude failed: " + failure.message);
    }
    // Copy the helpers into the base by reading them back from the environment table.
    lua_getmetatable(L, -1);
    lua_getfield(L, -1, "__index");  // the base
    for (const char* name : {"contains", "score_of", "share_in", "clamp"}) {
      lua_getfield(L, -3, name);
      if (!sandbox_->Freeze(-1, failure)) throw std::logic_error("rule prelude failed: " + failure.message);
      lua_setfield(L, -2, name);
    }
    lua_pop(L, 3);
  }

  // The country object: a read-only table whose backing fields are refreshed before each call.
  lua_createtable(L, 0, 8);
  lua_pushcfunction(L, CountryFact);
  lua_setfield(L, -2, "fact");
  lua_pushcfunction(L, CountryFactOr);
  lua_setfield(L, -2, "fact_or");
  lua_pushcfunction(L, CountryKnown);
  lua_setfield(L, -2, "known");
  lua_pushcfunction(L, CountryScore);
  lua_setfield(L, -2, "score");
  lua_pushvalue(L, -1);
  country_fields_ref_ = luaL_ref(L, LUA_REGISTRYINDEX);
  sandbox_->MakeReadOnly(-1);
  // Give the proxy a readable name for tostring(c) and messages.
  lua_getmetatable(L, -1);
  lua_pushcfunction(L, CountryToString);
  lua_setfield(L, -2, "__tostring");
  lua_pop(L, 1);
  country_ref_ = luaL_ref(L, LUA_REGISTRYINDEX);

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

// ---- evaluation ----------------------------------------------------------------------------------------

void RuleRuntime::PushCountry(const FactView& view) {
  lua_State* L = sandbox_->state();
  if (country_cached_ != view.profile) {
    lua_rawgeti(L, LUA_REGISTRYINDEX, country_fields_ref_);
    lua_pushstring(L, view.profile->iso3.c_str());
    lua_setfield(L, -2, "iso3");
    lua_pushstring(L, view.profile->name.c_str());
    lua_setfield(L, -2, "name");
    lua_pushstring(L, catalogue_.GroupName(view.group).c_str());
    lua_setfield(L, -2, "group");
    if (view.as_of) lua_pushstring(L, view.as_of->ToString().c_str());
    else lua_pushnil(L);
    lua_setfield(L, -2, "as_of");
    lua_pop(L, 1);
    country_cached_ = view.profile;
  }
  lua_rawgeti(L, LUA_REGISTRYINDEX, country_ref_);
}

void RuleRuntime::Evaluate(int rule_index, const FactView& view, uint64_t seed, RuleResult& out) {
  lua_State* L = sandbox_->state();
  const RuleInfo& rule = info_.rules[static_cast<size_t>(rule_index)];
  out = RuleResult{};
  current_ = Call{&view, &rule, &out};
  ++evaluations_;
  sandbox_->SeedRandom(Fnv1a(Fnv1a(0xcbf29ce484222325ULL ^ seed, view.profile->iso3), rule.id));

  int top = lua_gettop(L);
  lua_rawgeti(L, LUA_REGISTRYINDEX, evaluate_refs_[static_cast<size_t>(rule_index)]);
  PushCountry(view);
  LuaFailure failure;
  bool ok = sandbox_->Call(1, 2, failure);
  std::string changed = sandbox_->RestoreUpvalues(snapshot_refs_[static_cast<size_t>(rule_index)]);

  auto fail = [&](const std::string& file, int line, const std::string& message) {
    out.status = RuleStatus::kError;
    out.error = Where(file.empty() ? rule.file : file, line) + ": " + message;
  };

  if (!ok) {
    if (failure.kind == LuaFailure::Kind::kBudget || failure.kind == LuaFailure::Kind::kMemory) {
      fail(failure.file, failure.line, failure.message);
    } else if (!out.missing.empty()) {
      out.status = RuleStatus::kUnknown;
    } else {
      fail(failure.file, failure.line, failure.message);
    }
  } else if (!out.missing.empty()) {
    out.status = RuleStatus::kUnknown;  // the rule caught the stop with pcall: still unknown
  } else {
    int score_type = lua_type(L, -2);
    if (score_type == LUA_TNIL && lua_isnil(L, -1)) {
      fail(rule.file, rule.line, "evaluate returned nothing; it must return a score from 0 to 1 and an explanation");
    } else if (score_type != LUA_TNUMBER) {
      fail(rule.file, rule.line, std::string("evaluate returned ") + luaL_typename(L, -2) +
                                     " instead of a score (a number from 0 to 1)");
    } else {
      double score = lua_tonumber(L, -2);
      if (std::isnan(score)) {
        fail(rule.file, rule.line, "evaluate returned NaN as its score");
      } else if (score < 0 || score > 1) {
        fail(rule.file, rule.line, "evaluate returned score " + FactValueToText(FactValue{score}) +
                                       ", outside the range 0 to 1");
      } else if (lua_type(L, -1) != LUA_TSTRING) {
        fail(rule.file, rule.line, std::string("evaluate must return an explanation (a string) after the score, "
                                               "not ") + luaL_typename(L, -1));
      } else {
        size_t len = 0;
        const char* text = lua_tolstring(L, -1, &len);
        out.status = RuleStatus::kOk;
        out.score = score;
        out.explanation.assign(text, std::min(len, kMaxExplanationBytes));
      }
    }
  }
  lua_settop(L, top);
  if (!changed.empty() && out.status != RuleStatus::kError) {
    fail(rule.file, rule.line, "evaluate changed the file-level variable '" + changed +
                                   "'; rules must not keep state between countries (use a local inside evaluate)");
  }
  // Evidence lists each fact once, in the order first read.
  std::vector<FactRead> unique;
  for (const auto& r : out.reads) {
    auto same = [&](const FactRead& u) { return u.fact == r.fact && u.group == r.group; };
    auto it = std::find_if(unique.begin(), unique.end(), same);
    if (it == unique.end()) unique.push_back(r);
    else if (!r.presence_only) it->presence_only = false;
  }
  out.reads = std::move(unique);
  std::sort(out.missing.begin(), out.missing.end());
  out.missing.erase(std::unique(out.missing.begin(), out.missing.end()), out.missing.end());
  current_ = Call{};
}

void RuleRuntime::EvaluatePriority(const FactView& view, const double* metrics, PriorityResult& out) {
  lua_State* L = sandbox_->state();
  out = PriorityResult{};
  const std::string where = sources_.pack_file.path;
  if (priority_ref_ == LUA_NOREF) {
    out.status = RuleStatus::kError;
    out.error = where + ": the pack defines no priority function (pack.lua: priority = { reads = {...}, evaluate = ... })";
    return;
  }
  RuleResult reads;
  std::vector<std::string> missing_scores;
  current_ = Call{&view, &priority_rule_, &reads, metrics, &missing_scores};
  sandbox_->SeedRandom(0);
  int top = lua_gettop(L);
  lua_rawgeti(L, LUA_REGISTRYINDEX, priority_ref_);
  PushCountry(view);
  LuaFailure failure;
  bool ok = sandbox_->Call(1, 3, failure);
  std::string changed = sandbox_->RestoreUpvalues(priority_snapshot_);
  auto fail = [&](const std::string& file, int line, const std::string& message) {
    out.status = RuleStatus::kError;
    out.error = Where(file.empty() ? where : file, line) + ": priority: " + message;
  };
  bool missing = !reads.missing.empty() || !missing_scores.empty();
  if (!ok && (failure.kind == LuaFailure::Kind::kBudget || failure.kind == LuaFailure::Kind::kMemory || !missing)) {
    fail(failure.file, failure.line, failure.message);
  } else if (missing) {
    out.status = RuleStatus::kUnknown;
  } else if (lua_type(L, -3) != LUA_TNUMBER || !std::isfinite(lua_tonumber(L, -3))) {
    fail(where, priority_line_, std::string("the priority function must return a finite number first, not ") +
                                    (lua_type(L, -3) == LUA_TNUMBER ? "NaN or infinity" : luaL_typename(L, -3)));
  } else {
    out.status = RuleStatus::kOk;
    out.index = lua_tonumber(L, -3);
    if (lua_istable(L, -2)) {  // terms: name -> number, reported sorted by name
      lua_pushnil(L);
      while (lua_next(L, -3) != 0) {
        if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TNUMBER) {
          lua_pop(L, 2);
          fail(where, priority_line_, "the terms table must map names to numbers");
          break;
        }
        out.terms.emplace_back(lua_tostring(L, -2), lua_tonumber(L, -1));
        lua_pop(L, 1);
      }
      std::sort(out.terms.begin(), out.terms.end());
    } else if (!lua_isnil(L, -2)) {
      fail(where, priority_line_, "the second value must be a table of terms");
    }
    if (lua_istable(L, -1)) {
      lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, -1));
      for (lua_Integer i = 1; i <= n; ++i) {
        if (lua_rawgeti(L, -1, i) == LUA_TSTRING) out.notes.emplace_back(lua_tostring(L, -1));
        lua_pop(L, 1);
      }
    }
  }
  lua_settop(L, top);
  if (!changed.empty() && out.status != RuleStatus::kError) {
    fail(where, priority_line_, "changed the file-level variable '" + changed + "'");
  }
  if (out.status == RuleStatus::kUnknown) {
    for (FactId f : reads.missing) out.missing.push_back(catalogue_.Get(f).path);
    out.missing.insert(out.missing.end(), missing_scores.begin(), missing_scores.end());
    std::sort(out.missing.begin(), out.missing.end());
    out.missing.erase(std::unique(out.missing.begin(), out.missing.end()), out.missing.end());
  }
  current_ = Call{};
}

}  // namespace workrights
