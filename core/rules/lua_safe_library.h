#pragma once
// The sandbox's replacements for standard functions that would let a rule see memory addresses, run unbounded
// in C, install finalizers, depend on hash order or draw from an unseeded stream. Internal to core/rules/:
// LuaSandbox installs them in its base environment.
#include <lua.hpp>

namespace workrights::sandbox_internal {

/// tostring without addresses: tables, functions and the like show only their type.
int SafeToString(lua_State* L);
/// string.format without %p and without addresses for %s of tables. upvalue 1: the original string.format.
int SafeFormat(lua_State* L);
/// string.find/match/gmatch/gsub with bounded work. upvalues: 1 the original function, 2 whether it is find.
int GuardedPattern(lua_State* L);
/// setmetatable that refuses __gc. upvalue 1: the original setmetatable.
int SafeSetMetatable(lua_State* L);
/// pairs in a stable order: numbers, then strings, then booleans.
int SortedPairs(lua_State* L);
/// math.random from the sandbox's own seeded stream.
int SandboxRandom(lua_State* L);

}  // namespace workrights::sandbox_internal
