#include "core/rules/lua_read_only.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "core/rules/lua_sandbox.h"

namespace workrights {
namespace sandbox_internal {

// ---- read-only tables ---------------------------------------------------------------------------------

int ReadOnlyTableError(lua_State* L) {
  return luaL_error(L, "attempt to change read-only data (rule data is fixed after loading; copy it into a local "
                       "table inside evaluate)");
}

namespace {

int GlobalWriteError(lua_State* L) {
  const char* name = lua_tostring(L, 2);
  return luaL_error(L, "attempt to set global '%s' during evaluation (use 'local %s' inside the function)",
                    name ? name : "?", name ? name : "x");
}

int ProxyLength(lua_State* L) {
  lua_getmetatable(L, 1);
  lua_getfield(L, -1, kTargetKey);
  lua_pushinteger(L, static_cast<lua_Integer>(lua_rawlen(L, -1)));
  return 1;
}

bool IsProxy(lua_State* L, int index) {
  if (!lua_getmetatable(L, index)) return false;
  bool proxy = lua_getfield(L, -1, kTargetKey) == LUA_TTABLE;
  lua_pop(L, 2);
  return proxy;
}

// stack: +1 — the read-only proxy of the table at `index`.
void PushProxy(lua_State* L, int index, lua_CFunction on_write) {
  index = lua_absindex(L, index);
  lua_newtable(L);                  // proxy
  lua_createtable(L, 0, 5);         // its metatable
  lua_pushvalue(L, index);
  lua_setfield(L, -2, "__index");
  lua_pushvalue(L, index);
  lua_setfield(L, -2, kTargetKey);
  lua_pushcfunction(L, on_write);
  lua_setfield(L, -2, "__newindex");
  lua_pushcfunction(L, ProxyLength);
  lua_setfield(L, -2, "__len");
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_setmetatable(L, -2);
}

// Rule data nested deeper than this is refused when loading (the walk below is recursive in C).
constexpr int kMaxFreezeDepth = 100;

void FreezeFunction(lua_State* L, int index, int memo, int depth);

void CheckDepth(lua_State* L, int depth) {
  if (depth > kMaxFreezeDepth) luaL_error(L, "rule data is nested more than %d levels deep", kMaxFreezeDepth);
  luaL_checkstack(L, 8, "rule data is nested too deeply");
}

}  // namespace

// stack: +1 — the frozen version of the table at `index` (memo maps originals to proxies).
void FreezeTable(lua_State* L, int index, int memo, lua_CFunction on_write, int depth) {
  CheckDepth(L, depth);
  index = lua_absindex(L, index);
  if (IsProxy(L, index)) {
    lua_pushvalue(L, index);
    return;
  }
  lua_pushvalue(L, index);
  if (lua_rawget(L, memo) != LUA_TNIL) return;
  lua_pop(L, 1);
  PushProxy(L, index, on_write);
  lua_pushvalue(L, index);
  lua_pushvalue(L, -2);
  lua_rawset(L, memo);  // memo[original] = proxy, before recursing, so cycles end
  lua_pushnil(L);
  while (lua_next(L, index) != 0) {  // stack: proxy, key, value
    if (lua_type(L, -1) == LUA_TTABLE) {
      FreezeTable(L, -1, memo, ReadOnlyTableError, depth + 1);
      lua_pushvalue(L, -3);
      lua_insert(L, -2);
      lua_rawset(L, index);  // replacing the value of an existing key is allowed during traversal
    } else if (lua_type(L, -1) == LUA_TFUNCTION) {
      FreezeFunction(L, -1, memo, depth + 1);
    }
    lua_pop(L, 1);
  }
}

namespace {

// Freezes the tables a Lua function reaches through its upvalues (including _ENV, its globals).
void FreezeFunction(lua_State* L, int index, int memo, int depth) {
  CheckDepth(L, depth);
  index = lua_absindex(L, index);
  if (lua_iscfunction(L, index)) return;
  lua_pushvalue(L, index);
  if (lua_rawget(L, memo) != LUA_TNIL) {
    lua_pop(L, 1);
    return;
  }
  lua_pop(L, 1);
  lua_pushvalue(L, index);
  lua_pushboolean(L, 1);
  lua_rawset(L, memo);
  for (int i = 1;; ++i) {
    const char* name = lua_getupvalue(L, index, i);
    if (!name) break;
    if (lua_type(L, -1) == LUA_TTABLE) {
      bool is_env = std::strcmp(name, "_ENV") == 0;
      FreezeTable(L, -1, memo, is_env ? GlobalWriteError : ReadOnlyTableError, depth + 1);
      lua_setupvalue(L, index, i);
    } else if (lua_type(L, -1) == LUA_TFUNCTION) {
      FreezeFunction(L, -1, memo, depth + 1);
    }
    lua_pop(L, 1);
  }
}

// True for a function defined by the engine's prelude (chunk "@<prelude>").
bool IsPreludeFunction(lua_State* L, int index) {
  lua_Debug ar;
  lua_pushvalue(L, index);
  lua_getinfo(L, ">S", &ar);  // pops the copy
  return ar.source != nullptr && ar.source[0] == '@' && std::strcmp(ar.source + 1, kPreludeChunk) == 0;
}

// Appends function, index, value (three slots each, flat; SnapshotUpvalues turns them into C++ slots) for every
// upvalue of every Lua function reachable from `index`; `count` is the slots used (a nil value leaves a hole, so
// the table's length cannot be trusted). The prelude's helpers are skipped: they are ours, keep no state,
// and every rule reaches them through _ENV, so recording them made each evaluation restore dozens of values.
void CollectUpvalues(lua_State* L, int index, int seen, int out, lua_Integer& count, int depth = 0) {
  CheckDepth(L, depth);
  index = lua_absindex(L, index);
  int type = lua_type(L, index);
  if (type != LUA_TTABLE && type != LUA_TFUNCTION) return;
  if (type == LUA_TFUNCTION && lua_iscfunction(L, index)) return;
  lua_pushvalue(L, index);
  if (lua_rawget(L, seen) != LUA_TNIL) {
    lua_pop(L, 1);
    return;
  }
  lua_pop(L, 1);
  lua_pushvalue(L, index);
  lua_pushboolean(L, 1);
  lua_rawset(L, seen);
  if (type == LUA_TTABLE) {
    int target = index;
    if (lua_getmetatable(L, index)) {
      if (lua_getfield(L, -1, kTargetKey) == LUA_TTABLE) {
        lua_replace(L, -2);
        target = lua_gettop(L);
      } else {
        lua_pop(L, 2);
      }
    }
    lua_pushnil(L);
    while (lua_next(L, target) != 0) {
      CollectUpvalues(L, -1, seen, out, count, depth + 1);
      lua_pop(L, 1);
    }
    if (target != index) lua_pop(L, 1);
    return;
  }
  if (IsPreludeFunction(L, index)) return;
  for (int i = 1;; ++i) {
    if (!lua_getupvalue(L, index, i)) break;
    lua_pushvalue(L, index);
    lua_rawseti(L, out, ++count);
    lua_pushinteger(L, i);
    lua_rawseti(L, out, ++count);
    lua_pushvalue(L, -1);
    lua_rawseti(L, out, ++count);
    CollectUpvalues(L, -1, seen, out, count, depth + 1);
    lua_pop(L, 1);
  }
}

}  // namespace

// lua_CFunction wrappers so that freezing runs under lua_pcall: deep or huge rule data becomes a load error.
int FreezeEntry(lua_State* L) {
  lua_newtable(L);
  int memo = lua_gettop(L);
  if (lua_type(L, 1) == LUA_TTABLE) {
    FreezeTable(L, 1, memo, ReadOnlyTableError);
    return 1;
  }
  if (lua_type(L, 1) == LUA_TFUNCTION) FreezeFunction(L, 1, memo, 0);
  lua_pushvalue(L, 1);
  return 1;
}

int SnapshotEntry(lua_State* L) {
  lua_newtable(L);  // seen
  lua_newtable(L);  // out
  lua_Integer count = 0;
  CollectUpvalues(L, 1, 2, 3, count);
  lua_pushinteger(L, count);
  lua_rawseti(L, 3, 0);  // out[0]: the slots used
  return 1;
}

}  // namespace sandbox_internal

// ---- LuaSandbox: freezing and upvalue snapshots ----------------------------------------------------------

using sandbox_internal::FreezeEntry;
using sandbox_internal::PushProxy;
using sandbox_internal::ReadOnlyTableError;
using sandbox_internal::SnapshotEntry;

bool LuaSandbox::Freeze(int index, LuaFailure& failure) {
  index = lua_absindex(L_, index);
  lua_pushcfunction(L_, FreezeEntry);
  lua_pushvalue(L_, index);
  if (!Call(1, 1, failure)) return false;
  lua_replace(L_, index);
  return true;
}

void LuaSandbox::MakeReadOnly(int index) {
  index = lua_absindex(L_, index);
  PushProxy(L_, index, ReadOnlyTableError);
  lua_replace(L_, index);
}

int LuaSandbox::SnapshotUpvalues(int index, LuaFailure& failure) {
  index = lua_absindex(L_, index);
  lua_pushcfunction(L_, SnapshotEntry);
  lua_pushvalue(L_, index);
  if (!Call(1, 1, failure)) return LUA_NOREF;
  // stack: {function, upvalue number, value, ...}; a cell shared by several closures (such as _ENV) is kept once,
  // as setting it through any of them sets it for all.
  int list = lua_gettop(L_);
  lua_rawgeti(L_, list, 0);
  const lua_Integer n = lua_tointeger(L_, -1);
  lua_pop(L_, 1);
  std::vector<UpvalueSlot> slots;
  std::vector<void*> cells;
  for (lua_Integer i = 1; i + 2 <= n; i += 3) {
    lua_rawgeti(L_, list, i);
    lua_rawgeti(L_, list, i + 1);
    const int up = static_cast<int>(lua_tointeger(L_, -1));
    lua_pop(L_, 1);  // stack: list, function
    void* cell = lua_upvalueid(L_, -1, up);
    if (std::find(cells.begin(), cells.end(), cell) != cells.end()) {
      lua_pop(L_, 1);
      continue;
    }
    cells.push_back(cell);
    const int function_ref = luaL_ref(L_, LUA_REGISTRYINDEX);
    lua_rawgeti(L_, list, i + 2);
    slots.push_back({function_ref, up, luaL_ref(L_, LUA_REGISTRYINDEX)});
  }
  lua_pop(L_, 1);
  snapshots_.push_back(std::move(slots));
  return static_cast<int>(snapshots_.size() - 1);
}

std::string LuaSandbox::RestoreUpvalues(int snapshot) {
  lua_State* L = L_;
  std::string changed;
  for (const UpvalueSlot& slot : snapshots_[static_cast<size_t>(snapshot)]) {
    lua_rawgeti(L, LUA_REGISTRYINDEX, slot.function_ref);
    const char* name = lua_getupvalue(L, -1, slot.index);  // stack: function, current value
    lua_rawgeti(L, LUA_REGISTRYINDEX, slot.value_ref);     // stack: function, current value, recorded value
    if (!lua_rawequal(L, -1, -2)) {
      if (changed.empty()) changed = name ? name : "?";
      lua_setupvalue(L, -3, slot.index);  // put the recorded value back
      lua_pop(L, 2);
    } else {
      lua_pop(L, 3);
    }
  }
  return changed;
}

}  // namespace workrights
