#include "core/rules/rule_test_runner.h"

#include <algorithm>
#include <memory>

#include <lua.hpp>

#include "core/rules/rule_runtime.h"
#include "core/base/spellcheck.h"

namespace workrights {
namespace {

constexpr const char* kTestPrelude = R"lua(
local registered = {}
__tests = registered

-- test(name, function() ... end): declares one test.
function test(name, fn)
  if type(name) ~= "string" or type(fn) ~= "function" then
    error("use test(\"name\", function() ... end)", 2)
  end
  registered[#registered + 1] = { name = name, fn = fn }
end

local function describe(r)
  local text = r.status
  if r.score then text = text .. " " .. string.format("%.4f", r.score) end
  if r.error then text = text .. ": " .. r.error end
  if r.missing and #r.missing > 0 then text = text .. " (missing " .. table.concat(r.missing, ", ") .. ")" end
  return text
end

function expect(condition, message)
  if not condition then error(message or "expectation failed", 2) end
end

function expect_eq(actual, expected, message)
  if actual ~= expected then
    error((message and (message .. ": ") or "") .. "expected " .. tostring(expected) .. ", got " .. tostring(actual), 2)
  end
end

-- expect_score(result, expected [, tolerance])
function expect_score(r, expected, tolerance)
  tolerance = tolerance or 1e-9
  if r.status ~= "ok" then
    error("expected score " .. string.format("%.4f", expected) .. ", but the result is " .. describe(r), 2)
  end
  if math.abs(r.score - expected) > tolerance then
    error(string.format("expected score %.4f, got %.4f (%s)", expected, r.score, r.explanation), 2)
  end
end

-- expect_unknown(result [, fact]): unknown, and (if given) because `fact` is missing.
function expect_unknown(r, fact)
  if r.status ~= "unknown" then error("expected unknown, but the result is " .. describe(r), 2) end
  if fact and not contains(r.missing, fact) then
    error("expected unknown because of " .. fact .. ", but missing: " .. table.concat(r.missing, ", "), 2)
  end
end

-- expect_error(result [, text]): an error whose message contains `text`.
function expect_error(r, text)
  if r.status ~= "error" then error("expected an error, but the result is " .. describe(r), 2) end
  if text and not string.find(r.error, text, 1, true) then
    error("expected an error containing '" .. text .. "', got: " .. r.error, 2)
  end
end

-- expect_explanation(result, text): the explanation contains `text`.
function expect_explanation(r, text)
  if r.status ~= "ok" then error("expected a result with an explanation, but it is " .. describe(r), 2) end
  if not string.find(r.explanation, text, 1, true) then
    error("expected the explanation to contain '" .. text .. "', got: " .. r.explanation, 2)
  end
end
)lua";

struct TestContext {
  RuleRuntime* runtime;
  const FactCatalogue* catalogue;
};

TestContext& Context(lua_State* L) { return *static_cast<TestContext*>(LuaSandbox::From(L)->owner()); }

// Reads a Lua value as a value of `spec`; raises a Lua error naming the fact otherwise.
FactValue ToFactValue(lua_State* L, int index, const FactSpec& spec) {
  const char* path = spec.path.c_str();
  switch (spec.type) {
    case FactType::kBool:
      if (lua_type(L, index) != LUA_TBOOLEAN) luaL_error(L, "fact '%s' needs true or false", path);
      return FactValue{static_cast<bool>(lua_toboolean(L, index))};
    case FactType::kNumber:
      if (lua_type(L, index) != LUA_TNUMBER) luaL_error(L, "fact '%s' needs a number", path);
      return FactValue{static_cast<double>(lua_tonumber(L, index))};
    case FactType::kEnum:
    case FactType::kDate: {
      if (lua_type(L, index) != LUA_TSTRING) luaL_error(L, "fact '%s' needs a string", path);
      std::string s = lua_tostring(L, index);
      if (spec.type == FactType::kEnum && !spec.Allows(s)) {
        std::string hint = DidYouMean(s, spec.AllowedNames());
        luaL_error(L, "'%s' is not an allowed value of fact '%s'%s%s", s.c_str(), path, hint.empty() ? "" : "; ",
                   hint.c_str());
      }
      return FactValue{s};
    }
    case FactType::kList: {
      if (lua_type(L, index) != LUA_TTABLE) luaL_error(L, "fact '%s' needs a list", path);
      std::vector<std::string> items;
      lua_Integer n = luaL_len(L, index);
      for (lua_Integer i = 1; i <= n; ++i) {
        lua_geti(L, index, i);
        if (lua_type(L, -1) != LUA_TSTRING) luaL_error(L, "fact '%s' needs a list of strings", path);
        std::string s = lua_tostring(L, -1);
        if (!spec.Allows(s)) luaL_error(L, "'%s' is not an allowed item of fact '%s'", s.c_str(), path);
        items.push_back(s);
        lua_pop(L, 1);
      }
      std::sort(items.begin(), items.end());
      return FactValue{items};
    }
  }
  return FactValue{false};
}

// Adds the facts of the table at `index` to `profile` for `group`.
void AddFacts(lua_State* L, int index, GroupId group, const FactCatalogue& cat, CountryProfile& profile) {
  index = lua_absindex(L, index);
  luaL_checktype(L, index, LUA_TTABLE);
  lua_pushnil(L);
  while (lua_next(L, index) != 0) {
    if (lua_type(L, -2) != LUA_TSTRING) luaL_error(L, "fact names must be strings");
    std::string path = lua_tostring(L, -2);
    const FactSpec* spec = cat.Find(path);
    if (!spec) {
      std::string hint = DidYouMean(path, cat.Paths());
      luaL_error(L, "unknown fact '%s'%s%s", path.c_str(), hint.empty() ? "" : "; ", hint.c_str());
    }
    FactEntry e;
    e.value = ToFactValue(L, -1, *spec);
    e.sources = {"test"};
    e.group = group;
    profile.facts[static_cast<size_t>(spec->id)].push_back(std::move(e));
    lua_pop(L, 1);
  }
}

// evaluate(rule_id, facts [, options]) -> { status, score, explanation, error, missing, reads }
int TestEvaluate(lua_State* L) {
  TestContext& ctx = Context(L);
  const FactCatalogue& cat = *ctx.catalogue;
  std::string id = luaL_checkstring(L, 1);
  int rule = ctx.runtime->info().FindRule(id);
  if (rule < 0) {
    std::string hint = DidYouMean(id, ctx.runtime->info().RuleIds());
    luaL_error(L, "no rule '%s' in this pack%s%s", id.c_str(), hint.empty() ? "" : "; ", hint.c_str());
  }
  CountryProfile profile;
  profile.iso3 = "TST";
  profile.name = "Test country";
  Source source;
  source.id = "test";
  source.title = "Test facts";
  source.publisher = "rule test";
  source.url = "https://example.invalid";
  source.date = PartialDate{2000, 1, 1};
  profile.sources.push_back(source);
  profile.facts.resize(cat.size());
  if (lua_istable(L, 3)) {
    if (lua_getfield(L, 3, "primary_group") == LUA_TSTRING) {
      auto g = cat.FindGroup(lua_tostring(L, -1));
      if (!g) luaL_error(L, "unknown group '%s'", lua_tostring(L, -1));
      profile.primary_group = *g;
    }
    lua_pop(L, 1);
  }
  if (!lua_isnoneornil(L, 2)) AddFacts(L, 2, profile.primary_group, cat, profile);
  if (lua_istable(L, 3)) {
    if (lua_getfield(L, 3, "groups") == LUA_TTABLE) {
      int groups = lua_gettop(L);
      lua_pushnil(L);
      while (lua_next(L, groups) != 0) {
        auto g = cat.FindGroup(luaL_checkstring(L, -2));
        if (!g) luaL_error(L, "unknown group '%s'", lua_tostring(L, -2));
        AddFacts(L, -1, *g, cat, profile);
        lua_pop(L, 1);
      }
    }
    lua_pop(L, 1);
  }
  FactView view = MakeFactView(profile, std::nullopt);
  RuleResult result;
  ctx.runtime->Evaluate(rule, view, 0, result);

  lua_createtable(L, 0, 6);
  lua_pushstring(L, std::string(RuleStatusName(result.status)).c_str());
  lua_setfield(L, -2, "status");
  if (result.status == RuleStatus::kOk) {
    lua_pushnumber(L, result.score);
    lua_setfield(L, -2, "score");
    lua_pushstring(L, result.explanation.c_str());
    lua_setfield(L, -2, "explanation");
  }
  if (result.status == RuleStatus::kError) {
    lua_pushstring(L, result.error.c_str());
    lua_setfield(L, -2, "error");
  }
  lua_createtable(L, static_cast<int>(result.missing.size()), 0);
  for (size_t i = 0; i < result.missing.size(); ++i) {
    lua_pushstring(L, cat.Get(result.missing[i]).path.c_str());
    lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
  }
  lua_setfield(L, -2, "missing");
  lua_createtable(L, static_cast<int>(result.reads.size()), 0);
  for (size_t i = 0; i < result.reads.size(); ++i) {
    lua_pushstring(L, cat.Get(result.reads[i].fact).path.c_str());
    lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
  }
  lua_setfield(L, -2, "reads");
  return 1;
}

std::string Where(const LuaFailure& f, const std::string& fallback) {
  std::string file = f.file.empty() ? fallback : f.file;
  return f.line > 0 ? file + ":" + std::to_string(f.line) : file;
}

}  // namespace

int RuleTestReport::passed() const {
  return static_cast<int>(std::count_if(cases.begin(), cases.end(), [](const RuleTestCase& c) { return c.passed; }));
}
int RuleTestReport::failed() const { return static_cast<int>(cases.size()) - passed(); }

RuleTestReport RunRuleTests(const RulePack& pack, const FactCatalogue& catalogue) {
  RuleTestReport report;
  RuleRuntime runtime(pack.sources, catalogue, pack.limits, &pack.info);
  TestContext ctx{&runtime, &catalogue};
  for (const auto& file : pack.info.test_files) {
    const PackFile* pf = pack.sources.Find(file);
    LuaSandbox sandbox(pack.limits);
    sandbox.set_owner(&ctx);
    lua_State* L = sandbox.state();
    sandbox.PushChunkEnvironment();
    int env = lua_gettop(L);
    lua_pushcfunction(L, TestEvaluate);
    lua_setfield(L, env, "evaluate");
    // The rule prelude's contains() is handy in tests too.
    lua_pushcfunction(L, [](lua_State* S) -> int {
      luaL_checktype(S, 1, LUA_TTABLE);
      lua_Integer n = luaL_len(S, 1);
      for (lua_Integer i = 1; i <= n; ++i) {
        lua_geti(S, 1, i);
        if (lua_compare(S, -1, 2, LUA_OPEQ)) {
          lua_pushboolean(S, 1);
          return 1;
        }
        lua_pop(S, 1);
      }
      lua_pushboolean(S, 0);
      return 1;
    });
    lua_setfield(L, env, "contains");
    LuaFailure failure;
    if (!sandbox.Load(kTestPrelude, "<test prelude>", env, failure) || !sandbox.Call(0, 0, failure)) {
      report.file_errors.push_back({SourceLocation{"<test prelude>", 0, 0, {}, {}}, failure.message, {}});
      continue;
    }
    if (!sandbox.Load(pf->text, file, env, failure) || !sandbox.Call(0, 0, failure)) {
      report.file_errors.push_back(
          {SourceLocation{pack.sources.DisplayPath(failure.file.empty() ? file : failure.file), failure.line, 0, {}, {}},
           "test file failed to load: " + failure.message, {}});
      continue;
    }
    lua_getfield(L, env, "__tests");
    int tests = lua_gettop(L);
    lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, tests));
    if (n == 0) {
      report.file_errors.push_back({SourceLocation{pack.sources.DisplayPath(file), 0, 0, {}, {}},
                                    "the test file declares no tests", "add test(\"name\", function() ... end)"});
    }
    for (lua_Integer i = 1; i <= n; ++i) {
      lua_rawgeti(L, tests, i);
      lua_getfield(L, -1, "name");
      RuleTestCase c;
      c.file = file;
      c.name = lua_tostring(L, -1);
      lua_pop(L, 1);
      lua_getfield(L, -1, "fn");
      if (sandbox.Call(0, 0, failure)) {
        c.passed = true;
      } else {
        c.message = Where(failure, file) + ": " + failure.message;
      }
      lua_pop(L, 1);
      report.cases.push_back(std::move(c));
    }
  }
  return report;
}

}  // namespace workrights
