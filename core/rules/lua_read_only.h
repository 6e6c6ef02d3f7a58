#pragma once
// Read-only data for the sandbox: proxies that refuse writes, freezing everything a value reaches, and
// snapshots of upvalues so a rule cannot keep state between calls. Internal to core/rules/.
#include <lua.hpp>

namespace workrights::sandbox_internal {

/// Metatable field of a read-only proxy: the real table behind it.
inline constexpr const char* kTargetKey = "__wr_target";

/// __newindex of frozen data: names the rule's mistake and the fix.
int ReadOnlyTableError(lua_State* L);

/// stack: +1 — the frozen version of the table at `index` (memo maps originals to proxies). Raises a Lua error
/// for data nested too deeply.
void FreezeTable(lua_State* L, int index, int memo, lua_CFunction on_write, int depth = 0);

/// lua_CFunction wrappers so that freezing runs under lua_pcall: deep or huge rule data becomes a load error.
/// FreezeEntry: argument 1 frozen in place of itself. SnapshotEntry: a list of {function, index, value} for
/// every upvalue reachable from argument 1.
int FreezeEntry(lua_State* L);
int SnapshotEntry(lua_State* L);

}  // namespace workrights::sandbox_internal
