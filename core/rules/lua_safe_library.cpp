#include "core/rules/lua_safe_library.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "core/rules/lua_read_only.h"
#include "core/rules/lua_sandbox.h"

namespace workrights::sandbox_internal {
namespace {

// Upper bound on the steps a pattern function may take: subject length ^ (repetition items + 1).
constexpr double kMaxPatternWork = 1e8;

// ---- helpers for values that must not show memory addresses ---------------------------------------------

bool HasToString(lua_State* L, int index) {
  if (luaL_getmetafield(L, index, "__tostring") != LUA_TNIL) {
    lua_pop(L, 1);
    return true;
  }
  return false;
}

bool IsReference(int type) {
  return type == LUA_TTABLE || type == LUA_TFUNCTION || type == LUA_TUSERDATA || type == LUA_TTHREAD ||
         type == LUA_TLIGHTUSERDATA;
}

}  // namespace

// tostring without addresses: "table: 0x55d0..." would make outputs differ between runs.
int SafeToString(lua_State* L) {
  luaL_checkany(L, 1);
  int type = lua_type(L, 1);
  if (IsReference(type) && !HasToString(L, 1)) {
    lua_pushstring(L, lua_typename(L, type));
    return 1;
  }
  luaL_tolstring(L, 1, nullptr);
  return 1;
}

// string.format without %p and without addresses for %s of tables.
int SafeFormat(lua_State* L) {
  size_t len = 0;
  const char* fmt = luaL_checklstring(L, 1, &len);
  for (size_t i = 0; i + 1 < len; ++i) {
    if (fmt[i] != '%') continue;
    size_t j = i + 1;
    if (fmt[j] == '%') {
      i = j;
      continue;
    }
    while (j < len && std::strchr("-+ #0123456789.", fmt[j])) ++j;
    if (j < len && fmt[j] == 'p') return luaL_error(L, "string.format: '%%p' (memory address) is not available");
    i = j;
  }
  int n = lua_gettop(L);
  for (int i = 2; i <= n; ++i) {
    int type = lua_type(L, i);
    if (IsReference(type) && !HasToString(L, i)) {
      lua_pushstring(L, lua_typename(L, type));
      lua_replace(L, i);
    }
  }
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, n, 1);
  return 1;
}

namespace {

// Counts repetition items (* + - ?) outside sets and escapes: each can multiply the matcher's backtracking.
int CountRepetitions(const char* p, size_t len) {
  int count = 0;
  for (size_t i = 0; i < len; ++i) {
    char c = p[i];
    if (c == '%') {
      ++i;
      if (i < len && p[i] == 'b') i += 2;
    } else if (c == '[') {
      ++i;
      if (i < len && p[i] == '^') ++i;
      if (i < len && p[i] == ']') ++i;
      while (i < len && p[i] != ']') {
        if (p[i] == '%') ++i;
        ++i;
      }
    } else if (c == '*' || c == '+' || c == '-' || c == '?') {
      ++count;
    }
  }
  return count;
}

}  // namespace

// string.find/match/gmatch/gsub run in C, where the instruction budget cannot stop them: bound their work.
int GuardedPattern(lua_State* L) {
  size_t subject_len = 0, pattern_len = 0;
  luaL_checklstring(L, 1, &subject_len);
  const char* pattern = luaL_checklstring(L, 2, &pattern_len);
  bool plain = lua_toboolean(L, lua_upvalueindex(2)) && lua_toboolean(L, 4);  // string.find(s, p, init, true)
  if (!plain) {
    int reps = CountRepetitions(pattern, pattern_len);
    double work = std::pow(static_cast<double>(std::max<size_t>(subject_len, 1)), reps + 1);
    if (reps > 0 && work > kMaxPatternWork) {
      return luaL_error(L,
                        "a %d-byte string is over the limit of about %d bytes for a pattern with %d repetition "
                        "items, which could run for too long; shorten the text or simplify the pattern",
                        static_cast<int>(subject_len), static_cast<int>(std::pow(kMaxPatternWork, 1.0 / (reps + 1))),
                        reps);
    }
  }
  int n = lua_gettop(L);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, n, LUA_MULTRET);
  return lua_gettop(L);
}

// setmetatable without __gc: finalizers would run at garbage-collection time, inside some other rule's call.
int SafeSetMetatable(lua_State* L) {
  if (lua_type(L, 2) == LUA_TTABLE) {
    lua_pushstring(L, "__gc");
    if (lua_rawget(L, 2) != LUA_TNIL) return luaL_error(L, "setmetatable: __gc finalizers are not available in rules");
    lua_pop(L, 1);
  }
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 1);
  return 1;
}

// ---- pairs in a stable order ----------------------------------------------------------------------------

namespace {

struct SortKey {
  int rank;  // numbers, then strings, then booleans
  double number;
  std::string text;
  bool operator<(const SortKey& o) const {
    if (rank != o.rank) return rank < o.rank;
    if (rank == 1) return text < o.text;
    return number < o.number;
  }
};

int SortedPairsNext(lua_State* L) {
  // upvalues: 1 keys (array), 2 target table, 3 next position
  lua_Integer pos = lua_tointeger(L, lua_upvalueindex(3));
  if (lua_rawgeti(L, lua_upvalueindex(1), pos) == LUA_TNIL) return 1;
  lua_pushinteger(L, pos + 1);
  lua_replace(L, lua_upvalueindex(3));
  lua_pushvalue(L, -1);
  lua_rawget(L, lua_upvalueindex(2));
  return 2;
}

}  // namespace

// Lua's own pairs order depends on string hashes seeded per state: results would change between runs.
int SortedPairs(lua_State* L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  int target = 1;
  if (lua_getmetatable(L, 1)) {  // a read-only proxy: iterate the real table
    if (lua_getfield(L, -1, kTargetKey) == LUA_TTABLE) {
      lua_replace(L, -2);
      target = lua_gettop(L);
    } else {
      lua_pop(L, 2);
    }
  }
  std::vector<SortKey> keys;
  lua_pushnil(L);
  while (lua_next(L, target) != 0) {
    lua_pop(L, 1);
    switch (lua_type(L, -1)) {
      case LUA_TNUMBER: keys.push_back({0, lua_tonumber(L, -1), {}}); break;
      case LUA_TSTRING: {
        size_t len = 0;
        const char* s = lua_tolstring(L, -1, &len);
        keys.push_back({1, 0, std::string(s, len)});
        break;
      }
      case LUA_TBOOLEAN: keys.push_back({2, lua_toboolean(L, -1) ? 1.0 : 0.0, {}}); break;
      default:
        return luaL_error(L, "pairs: a table with %s keys has no stable order; use strings or numbers as keys",
                          luaL_typename(L, -1));
    }
  }
  std::sort(keys.begin(), keys.end());
  lua_createtable(L, static_cast<int>(keys.size()), 0);
  lua_Integer i = 1;
  for (const auto& k : keys) {
    if (k.rank == 0) {
      double intpart;
      if (std::modf(k.number, &intpart) == 0.0 && std::fabs(k.number) < 9e15) lua_pushinteger(L, static_cast<lua_Integer>(k.number));
      else lua_pushnumber(L, k.number);
    } else if (k.rank == 1) {
      lua_pushlstring(L, k.text.data(), k.text.size());
    } else {
      lua_pushboolean(L, k.number != 0);
    }
    lua_rawseti(L, -2, i++);
  }
  lua_pushvalue(L, target);
  lua_pushinteger(L, 1);
  lua_pushcclosure(L, SortedPairsNext, 3);
  lua_pushnil(L);
  lua_pushnil(L);
  return 3;
}

// ---- math.random from the engine's own stream ---------------------------------------------------------

int SandboxRandom(lua_State* L) {
  LuaSandbox* sb = LuaSandbox::From(L);
  uint64_t r = sb->NextRandom();
  int n = lua_gettop(L);
  if (n == 0) {
    lua_pushnumber(L, static_cast<double>(r >> 11) * 0x1.0p-53);
    return 1;
  }
  lua_Integer low = 1, high;
  if (n == 1) {
    high = luaL_checkinteger(L, 1);
  } else {
    low = luaL_checkinteger(L, 1);
    high = luaL_checkinteger(L, 2);
  }
  luaL_argcheck(L, low <= high, n, "interval is empty");
  uint64_t span = static_cast<uint64_t>(high) - static_cast<uint64_t>(low) + 1;
  if (span == 0) {
    lua_pushinteger(L, static_cast<lua_Integer>(r));
    return 1;
  }
  // Rejection sampling keeps every value equally likely.
  uint64_t limit = UINT64_MAX - UINT64_MAX % span;
  while (r >= limit) r = sb->NextRandom();
  lua_pushinteger(L, static_cast<lua_Integer>(static_cast<uint64_t>(low) + r % span));
  return 1;
}

}  // namespace workrights::sandbox_internal
