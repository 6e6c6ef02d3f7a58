// The sandbox's base environment: the safe subset of the standard library that every chunk reads through its
// own environment. io, os, package, debug and coroutine are never loaded; load and string.dump stay out of
// reach; the libraries rules see are frozen copies.
#include <cstring>
#include <initializer_list>

#include <lua.hpp>

#include "core/rules/lua_read_only.h"
#include "core/rules/lua_safe_library.h"
#include "core/rules/lua_sandbox.h"

namespace workrights {
namespace {

using sandbox_internal::FreezeTable;
using sandbox_internal::ReadOnlyTableError;

// Globals that rules get as they are; tostring, pairs and setmetatable are replaced, the rest left out.
constexpr const char* kBaseAllowed[] = {"assert", "error",  "ipairs", "pcall",    "xpcall", "select",
                                        "tonumber", "type", "rawequal", "getmetatable"};

// Open the safe libraries only; io, os, package, debug and coroutine are never loaded. stack: unchanged.
void OpenSafeLibraries(lua_State* L) {
  luaL_requiref(L, LUA_GNAME, luaopen_base, 1);
  luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 1);
  luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 1);
  luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 1);
  luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 1);
  lua_settop(L, 0);
}

// stack: +1 — a copy of the library table `name` without the fields in `drop`, so the original (and
// string.dump) stay out of reach. Returns the copy's index.
int CopyLibrary(lua_State* L, const char* name, std::initializer_list<const char*> drop) {
  lua_getglobal(L, name);
  int lib = lua_gettop(L);
  lua_newtable(L);
  lua_pushnil(L);
  while (lua_next(L, lib) != 0) {  // stack: lib, copy, key, value
    lua_pushvalue(L, -2);
    lua_insert(L, -2);
    lua_rawset(L, -4);
  }
  for (const char* d : drop) {
    lua_pushnil(L);
    lua_setfield(L, -2, d);
  }
  lua_remove(L, lib);
  return lua_gettop(L);
}

// The allowed globals and the safe replacements, from the real globals at `g` into `base`. stack: unchanged.
void AddBaseFunctions(lua_State* L, int base, int g) {
  for (const char* name : kBaseAllowed) {
    lua_getfield(L, g, name);
    lua_setfield(L, base, name);
  }
  lua_pushcfunction(L, sandbox_internal::SafeToString);
  lua_setfield(L, base, "tostring");
  lua_pushcfunction(L, sandbox_internal::SortedPairs);
  lua_setfield(L, base, "pairs");
  lua_getfield(L, g, "setmetatable");
  lua_pushcclosure(L, sandbox_internal::SafeSetMetatable, 1);
  lua_setfield(L, base, "setmetatable");
  lua_pushstring(L, LUA_VERSION);
  lua_setfield(L, base, "_VERSION");
}

// base.string: bounded patterns and an address-free format. stack: unchanged.
void AddStringLibrary(lua_State* L, int base, int memo) {
  int str = CopyLibrary(L, LUA_STRLIBNAME, {"dump"});
  for (const char* name : {"find", "match", "gmatch", "gsub"}) {
    lua_getfield(L, str, name);
    lua_pushboolean(L, std::strcmp(name, "find") == 0);
    lua_pushcclosure(L, sandbox_internal::GuardedPattern, 2);
    lua_setfield(L, str, name);
  }
  lua_getfield(L, str, "format");
  lua_pushcclosure(L, sandbox_internal::SafeFormat, 1);
  lua_setfield(L, str, "format");
  // Methods on strings ("x"):upper() go through the string metatable: point it at the safe copy, and hide it.
  lua_pushliteral(L, "");
  lua_getmetatable(L, -1);
  FreezeTable(L, str, memo, ReadOnlyTableError);  // stack: str copy, "", metatable, frozen str
  lua_pushvalue(L, -1);
  lua_setfield(L, -3, "__index");
  lua_setfield(L, base, LUA_STRLIBNAME);
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_pop(L, 3);  // metatable, "", str copy
}

// base.table, base.math (the engine's random, no randomseed) and base.utf8, frozen. stack: unchanged.
void AddOtherLibraries(lua_State* L, int base, int memo) {
  int tab = CopyLibrary(L, LUA_TABLIBNAME, {});
  FreezeTable(L, tab, memo, ReadOnlyTableError);
  lua_setfield(L, base, LUA_TABLIBNAME);
  lua_pop(L, 1);

  int math = CopyLibrary(L, LUA_MATHLIBNAME, {"randomseed"});
  lua_pushcfunction(L, sandbox_internal::SandboxRandom);
  lua_setfield(L, math, "random");
  FreezeTable(L, math, memo, ReadOnlyTableError);
  lua_setfield(L, base, LUA_MATHLIBNAME);
  lua_pop(L, 1);

  int utf = CopyLibrary(L, LUA_UTF8LIBNAME, {});
  FreezeTable(L, utf, memo, ReadOnlyTableError);
  lua_setfield(L, base, LUA_UTF8LIBNAME);
  lua_pop(L, 1);
}

}  // namespace

void LuaSandbox::BuildBase() {
  lua_State* L = L_;
  OpenSafeLibraries(L);
  lua_newtable(L);  // base environment
  int base = lua_gettop(L);
  lua_newtable(L);  // memo for Freeze
  int memo = lua_gettop(L);
  lua_getglobal(L, LUA_GNAME);
  int g = lua_gettop(L);  // stack: base, memo, _G
  AddBaseFunctions(L, base, g);
  AddStringLibrary(L, base, memo);
  AddOtherLibraries(L, base, memo);

  // Nothing else may reach the real globals table.
  lua_pop(L, 1);  // _G
  lua_pushnil(L);
  lua_setglobal(L, "load");
  lua_pop(L, 1);  // memo
  base_ref_ = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_settop(L, 0);
}

// A copy rather than a table whose reads fall back to the base (through __index): rules are frozen behind a
// read-only proxy, and every global a rule reads (score_of, string, ipairs) then takes one lookup fewer on each
// evaluation. The base holds only frozen tables and functions, so the copy shares them safely.
void LuaSandbox::PushChunkEnvironment() {
  lua_State* L = L_;
  lua_newtable(L);
  PushBase();
  lua_pushnil(L);
  while (lua_next(L, -2) != 0) {  // stack: env, base, key, value
    lua_pushvalue(L, -2);
    lua_insert(L, -2);
    lua_rawset(L, -5);
  }
  lua_pop(L, 1);
}

void LuaSandbox::PushBase() { lua_rawgeti(L_, LUA_REGISTRYINDEX, base_ref_); }

}  // namespace workrights
