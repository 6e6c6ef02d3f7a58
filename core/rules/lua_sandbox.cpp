#include "core/rules/lua_sandbox.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <vector>

#include <lua.hpp>

namespace workrights {
namespace {

// The count hook fires every kHookInterval VM instructions; smaller is more precise, larger is cheaper.
constexpr int kHookInterval = 1000;
// Upper bound on the steps a pattern function may take: subject length ^ (repetition items + 1).
constexpr double kMaxPatternWork = 1e8;

constexpr const char* kTargetKey = "__wr_target";  // metatable field: a read-only proxy's real table

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
                        "pattern with %d repetition items on a %d-byte string could run for too long "
                        "(the limit is about %d bytes for this pattern); shorten the text or simplify the pattern",
                        reps, static_cast<int>(subject_len),
                        static_cast<int>(std::pow(kMaxPatternWork, 1.0 / (reps + 1))));
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

// ---- read-only tables ---------------------------------------------------------------------------------

int ReadOnlyTableError(lua_State* L) {
  return luaL_error(L, "attempt to change read-only data (rule data is fixed after loading; copy it into a local "
                       "table inside evaluate)");
}

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

// stack: +1 — the frozen version of the table at `index` (memo maps originals to proxies).
void FreezeTable(lua_State* L, int index, int memo, lua_CFunction on_write, int depth = 0) {
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

// Collects {function, index, value} for every upvalue of every Lua function reachable from `index`.
void CollectUpvalues(lua_State* L, int index, int seen, int out, int depth = 0) {
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
      CollectUpvalues(L, -1, seen, out, depth + 1);
      lua_pop(L, 1);
    }
    if (target != index) lua_pop(L, 1);
    return;
  }
  for (int i = 1;; ++i) {
    if (!lua_getupvalue(L, index, i)) break;
    lua_createtable(L, 3, 0);
    lua_pushvalue(L, index);
    lua_rawseti(L, -2, 1);
    lua_pushinteger(L, i);
    lua_rawseti(L, -2, 2);
    lua_pushvalue(L, -2);
    lua_rawseti(L, -2, 3);
    lua_rawseti(L, out, static_cast<lua_Integer>(lua_rawlen(L, out)) + 1);
    CollectUpvalues(L, -1, seen, out, depth + 1);
    lua_pop(L, 1);
  }
}

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
  CollectUpvalues(L, 1, 2, 3);
  return 1;
}

// An error outside any protected call would abort the process; turn it into a C++ exception instead.
int Panic(lua_State* L) {
  const char* msg = lua_tostring(L, -1);
  throw std::runtime_error(std::string("Lua error outside a protected call: ") + (msg ? msg : "(no message)"));
}

uint64_t SplitMix64(uint64_t& x) {
  uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

inline uint64_t Rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

// Splits "file:123: message" into its parts when the file is one of ours (chunk names start with '@').
bool SplitPosition(const std::string& text, std::string& file, int& line, std::string& message) {
  size_t colon = text.find(':');
  while (colon != std::string::npos) {
    size_t end = colon + 1;
    while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
    if (end > colon + 1 && end < text.size() && text[end] == ':') {
      file = text.substr(0, colon);
      line = std::atoi(text.c_str() + colon + 1);
      message = text.substr(end + 1);
      if (!message.empty() && message[0] == ' ') message.erase(0, 1);
      return file.find(' ') == std::string::npos && !file.empty();
    }
    colon = text.find(':', colon + 1);
  }
  return false;
}

}  // namespace

// ---- LuaSandbox ---------------------------------------------------------------------------------------

void* LuaSandbox::Allocate(void* ud, void* ptr, size_t osize, size_t nsize) {
  auto* sb = static_cast<LuaSandbox*>(ud);
  size_t old_size = ptr ? osize : 0;  // when ptr is NULL, osize encodes the object type, not a size
  if (nsize == 0) {
    std::free(ptr);
    sb->memory_used_ -= old_size;
    return nullptr;
  }
  // Never refuse a shrink: Lua assumes it cannot fail.
  if (nsize > old_size && sb->memory_used_ - old_size + nsize > sb->limits_.memory_bytes) {
    sb->memory_exceeded_ = true;
    return nullptr;
  }
  void* p = std::realloc(ptr, nsize);
  if (p) sb->memory_used_ = sb->memory_used_ - old_size + nsize;
  return p;
}

void LuaSandbox::CountHook(lua_State* L, lua_Debug* ar) {
  LuaSandbox* sb = From(L);
  sb->instructions_ += kHookInterval;
  if (sb->budget_exceeded_ || sb->instructions_ > sb->limits_.instructions_per_call) {
    sb->budget_exceeded_ = true;
    // Fire again at the next instruction, so a pcall inside the rule cannot swallow the error and go on.
    lua_sethook(L, CountHook, LUA_MASKCOUNT, 1);
    lua_getinfo(L, "Sl", ar);
    luaL_where(L, 0);
    lua_pushfstring(L, "instruction budget of %I exceeded (endless loop or runaway recursion?)",
                    static_cast<lua_Integer>(sb->limits_.instructions_per_call));
    lua_concat(L, 2);
    lua_error(L);
  }
}

// Records where the error happened; never calls __tostring (a hostile object could loop or raise there).
int LuaSandbox::MessageHandler(lua_State* L) {
  LuaSandbox* sb = From(L);
  sb->error_file_.clear();
  sb->error_line_ = 0;
  lua_Debug ar;
  for (int level = 1; lua_getstack(L, level, &ar); ++level) {
    lua_getinfo(L, "Sl", &ar);
    if (ar.currentline > 0 && ar.source && ar.source[0] == '@') {
      sb->error_file_ = ar.source + 1;
      sb->error_line_ = ar.currentline;
      break;
    }
  }
  if (lua_type(L, 1) != LUA_TSTRING && lua_type(L, 1) != LUA_TNUMBER) {
    // Keep non-string error values as they are: the caller may recognise its own sentinels.
    return 1;
  }
  return 1;
}

LuaSandbox::LuaSandbox(const SandboxLimits& limits) : limits_(limits) {
  L_ = lua_newstate(Allocate, this);
  if (!L_) throw std::runtime_error("cannot create a Lua state (out of memory)");
  *static_cast<LuaSandbox**>(lua_getextraspace(L_)) = this;
  lua_atpanic(L_, Panic);
  SeedRandom(0);
  BuildBase();
}

LuaSandbox::~LuaSandbox() {
  if (L_) lua_close(L_);
}

LuaSandbox* LuaSandbox::From(lua_State* L) { return *static_cast<LuaSandbox**>(lua_getextraspace(L)); }

void LuaSandbox::BuildBase() {
  lua_State* L = L_;
  // Open the safe libraries only; io, os, package, debug and coroutine are never loaded.
  luaL_requiref(L, LUA_GNAME, luaopen_base, 1);
  luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 1);
  luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 1);
  luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 1);
  luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 1);
  lua_settop(L, 0);

  lua_newtable(L);  // base environment
  int base = lua_gettop(L);
  lua_newtable(L);  // memo for Freeze
  int memo = lua_gettop(L);

  static constexpr const char* kBaseAllowed[] = {"assert", "error",  "ipairs", "pcall",    "xpcall", "select",
                                                   "tonumber", "type", "rawequal", "getmetatable"};
  lua_getglobal(L, LUA_GNAME);
  int g = lua_gettop(L);
  for (const char* name : kBaseAllowed) {
    lua_getfield(L, g, name);
    lua_setfield(L, base, name);
  }
  lua_pushcfunction(L, SafeToString);
  lua_setfield(L, base, "tostring");
  lua_pushcfunction(L, SortedPairs);
  lua_setfield(L, base, "pairs");
  lua_getfield(L, g, "setmetatable");
  lua_pushcclosure(L, SafeSetMetatable, 1);
  lua_setfield(L, base, "setmetatable");
  lua_pushstring(L, LUA_VERSION);
  lua_setfield(L, base, "_VERSION");

  // Copies of the library tables, so the originals (and string.dump) stay out of reach.
  auto copy_library = [&](const char* name, std::initializer_list<const char*> drop) {
    lua_getglobal(L, name);
    int lib = lua_gettop(L);
    lua_newtable(L);
    lua_pushnil(L);
    while (lua_next(L, lib) != 0) {
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
  };

  int str = copy_library(LUA_STRLIBNAME, {"dump"});
  for (const char* name : {"find", "match", "gmatch", "gsub"}) {
    lua_getfield(L, str, name);
    lua_pushboolean(L, std::strcmp(name, "find") == 0);
    lua_pushcclosure(L, GuardedPattern, 2);
    lua_setfield(L, str, name);
  }
  lua_getfield(L, str, "format");
  lua_pushcclosure(L, SafeFormat, 1);
  lua_setfield(L, str, "format");
  // Methods on strings ("x"):upper() go through the string metatable: point it at the safe copy, and hide it.
  lua_pushliteral(L, "");
  lua_getmetatable(L, -1);
  FreezeTable(L, str, memo, ReadOnlyTableError);
  lua_pushvalue(L, -1);
  lua_setfield(L, -3, "__index");
  lua_setfield(L, base, LUA_STRLIBNAME);
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_pop(L, 3);  // metatable, "", str copy

  int tab = copy_library(LUA_TABLIBNAME, {});
  FreezeTable(L, tab, memo, ReadOnlyTableError);
  lua_setfield(L, base, LUA_TABLIBNAME);
  lua_pop(L, 1);

  int math = copy_library(LUA_MATHLIBNAME, {"randomseed"});
  lua_pushcfunction(L, SandboxRandom);
  lua_setfield(L, math, "random");
  FreezeTable(L, math, memo, ReadOnlyTableError);
  lua_setfield(L, base, LUA_MATHLIBNAME);
  lua_pop(L, 1);

  int utf = copy_library(LUA_UTF8LIBNAME, {});
  FreezeTable(L, utf, memo, ReadOnlyTableError);
  lua_setfield(L, base, LUA_UTF8LIBNAME);
  lua_pop(L, 1);

  // Nothing else may reach the real globals table.
  lua_pop(L, 1);  // _G
  lua_pushnil(L);
  lua_setglobal(L, "load");
  lua_pop(L, 1);  // memo
  base_ref_ = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_settop(L, 0);
}

void LuaSandbox::PushChunkEnvironment() {
  lua_State* L = L_;
  lua_newtable(L);
  lua_createtable(L, 0, 2);
  lua_rawgeti(L, LUA_REGISTRYINDEX, base_ref_);
  lua_setfield(L, -2, "__index");
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_setmetatable(L, -2);
}

bool LuaSandbox::Load(std::string_view code, const std::string& file, int env_index, LuaFailure& failure) {
  env_index = lua_absindex(L_, env_index);
  std::string chunk_name = "@" + file;
  memory_exceeded_ = false;
  // Mode "t": text only, so precompiled bytecode (which can break the VM) is refused.
  int status = luaL_loadbufferx(L_, code.data(), code.size(), chunk_name.c_str(), "t");
  if (status != LUA_OK) {
    FillFailure(status, failure);
    if (failure.kind == LuaFailure::Kind::kRuntime) failure.kind = LuaFailure::Kind::kSyntax;
    if (failure.file.empty()) failure.file = file;
    return false;
  }
  lua_pushvalue(L_, env_index);
  lua_setupvalue(L_, -2, 1);  // the chunk's first upvalue is its _ENV
  return true;
}

bool LuaSandbox::Call(int nargs, int nresults, LuaFailure& failure) {
  lua_State* L = L_;
  int func = lua_gettop(L) - nargs;
  lua_pushcfunction(L, MessageHandler);
  lua_insert(L, func);
  instructions_ = 0;
  budget_exceeded_ = false;
  memory_exceeded_ = false;
  error_file_.clear();
  error_line_ = 0;
  lua_sethook(L, CountHook, LUA_MASKCOUNT, kHookInterval);
  int status = lua_pcall(L, nargs, nresults, func);
  lua_sethook(L, nullptr, 0, 0);
  lua_remove(L, func);
  if (status == LUA_OK && !budget_exceeded_ && !memory_exceeded_) return true;
  if (status == LUA_OK) lua_pop(L, nresults == LUA_MULTRET ? 0 : nresults);
  FillFailure(status, failure);
  if (status != LUA_OK) lua_pop(L, 1);
  return false;
}

void LuaSandbox::FillFailure(int status, LuaFailure& failure) {
  failure = LuaFailure{};
  failure.file = error_file_;
  failure.line = error_line_;
  if (budget_exceeded_) {
    failure.kind = LuaFailure::Kind::kBudget;
    failure.message = "instruction budget of " + std::to_string(limits_.instructions_per_call) +
                      " exceeded (endless loop or runaway recursion?)";
  } else if (memory_exceeded_ || status == LUA_ERRMEM) {
    failure.kind = LuaFailure::Kind::kMemory;
    failure.message = "memory limit of " + std::to_string(limits_.memory_bytes >> 20) + " MiB exceeded";
    lua_gc(L_, LUA_GCCOLLECT);
  } else if (status != LUA_OK) {
    failure.kind = LuaFailure::Kind::kRuntime;
    int type = lua_type(L_, -1);
    if (type == LUA_TSTRING || type == LUA_TNUMBER) {
      std::string text = lua_tostring(L_, -1);
      std::string file, message;
      int line = 0;
      if (SplitPosition(text, file, line, message)) {
        failure.file = file;
        failure.line = line;
        failure.message = message;
      } else {
        failure.message = text;
      }
    } else {
      failure.message = std::string("error raised with a ") + luaL_typename(L_, -1) + " value instead of a message";
    }
  }
  if (status == LUA_ERRERR) failure.message = "error while handling an error: " + failure.message;
}

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
  return luaL_ref(L_, LUA_REGISTRYINDEX);
}

std::string LuaSandbox::RestoreUpvalues(int snapshot_ref) {
  lua_State* L = L_;
  std::string changed;
  lua_rawgeti(L, LUA_REGISTRYINDEX, snapshot_ref);
  int snap = lua_gettop(L);
  lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, snap));
  for (lua_Integer i = 1; i <= n; ++i) {
    lua_rawgeti(L, snap, i);
    lua_rawgeti(L, -1, 1);  // function
    lua_rawgeti(L, -2, 2);  // index
    int up = static_cast<int>(lua_tointeger(L, -1));
    lua_pop(L, 1);
    const char* name = lua_getupvalue(L, -1, up);
    lua_rawgeti(L, -3, 3);  // recorded value
    if (!lua_rawequal(L, -1, -2)) {
      if (changed.empty()) changed = name ? name : "?";
      lua_setupvalue(L, -3, up);  // put the recorded value back
      lua_pop(L, 3);
    } else {
      lua_pop(L, 4);
    }
  }
  lua_pop(L, 1);
  return changed;
}

void LuaSandbox::SeedRandom(uint64_t seed) {
  uint64_t x = seed;
  for (auto& s : rng_) s = SplitMix64(x);
}

uint64_t LuaSandbox::NextRandom() {
  uint64_t* s = rng_;
  uint64_t result = Rotl(s[1] * 5, 7) * 9;
  uint64_t t = s[1] << 17;
  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = Rotl(s[3], 45);
  return result;
}

}  // namespace workrights
