#include "core/rules/lua_to_json.h"

#include <cstdint>
#include <string>

#include <lua.hpp>

namespace workrights::runtime_internal {

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

}  // namespace workrights::runtime_internal
