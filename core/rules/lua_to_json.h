#pragma once
// Lua values as JSON, so pack and rule metadata written in Lua go through the same checks (and messages with
// JSON pointers) as pack.json. Internal to core/rules/.
#include <nlohmann/json.hpp>

struct lua_State;

namespace workrights::runtime_internal {

/// stack: unchanged — the value at `index` as JSON. Functions become the string "<function>"; tables nested
/// more than 16 levels become "<too deep>".
nlohmann::json LuaToJson(lua_State* L, int index, int depth);

}  // namespace workrights::runtime_internal
