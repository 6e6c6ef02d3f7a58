#include "core/rules/country_object.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

#include <lua.hpp>

#include "core/base/spellcheck.h"
#include "core/rules/rule_runtime.h"

namespace workrights {
namespace runtime_internal {
namespace {

// Raised (as a light userdata) when a rule reads an unknown fact without a default: the call stops and the
// result is "unknown". Its address is its identity.
const char kUnknownSentinel = 0;

RuleRuntime& Runtime(lua_State* L) { return *static_cast<RuleRuntime*>(LuaSandbox::From(L)->owner()); }

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
  if (const auto* names = rt.current().read_names) {
    for (size_t i = 0; i < names->size(); ++i) {
      if ((*names)[i] == path) return rule.reads[i];
    }
  }
  const FactCatalogue& cat = rt.catalogue();  // a long path (not interned by Lua), or one not declared
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

}  // namespace

CountryObjectRefs CreateCountryObject(LuaSandbox& sandbox) {
  lua_State* L = sandbox.state();
  CountryObjectRefs refs;
  // A read-only table whose backing fields are refreshed before each call.
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
  refs.fields = luaL_ref(L, LUA_REGISTRYINDEX);
  sandbox.MakeReadOnly(-1);
  // Give the proxy a readable name for tostring(c) and messages.
  lua_getmetatable(L, -1);
  lua_pushcfunction(L, CountryToString);
  lua_setfield(L, -2, "__tostring");
  lua_pop(L, 1);
  refs.object = luaL_ref(L, LUA_REGISTRYINDEX);
  return refs;
}

}  // namespace runtime_internal

// Fills the backing fields when the country, group or date changes (they stay between calls for the same
// view), then pushes the object. stack: +1.
void RuleRuntime::PushCountry(const FactView& view) {
  lua_State* L = sandbox_->state();
  const CountryShown shown{view.profile, view.group, view.as_of};
  if (!(country_shown_ == shown)) {
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
    country_shown_ = shown;
  }
  lua_rawgeti(L, LUA_REGISTRYINDEX, country_ref_);
}

}  // namespace workrights
