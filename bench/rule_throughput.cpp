// Rule evaluation throughput (issue 9): the standard pack over a dataset, through workrights (sandbox,
// instruction budget, memory cap, evidence recording) and, in the same run, the floor: the same rule functions
// called from a bare lua_State with a plain Lua table of facts, no sandbox, no hook, no evidence.
//
// usage: rule_throughput DATA_DIR PACK_DIR [REPEATS] [ROUNDS] [fast|counted]
// "counted" times the engine with every call under the count hook (no fast calls: core/rules/call_watchdog.h).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include <lua.hpp>

#include "core/load/profile_loader.h"
#include "core/rules/rule_runtime.h"

using namespace workrights;
using Clock = std::chrono::steady_clock;

namespace {

// The floor's country object: facts in a plain table, read by plain Lua methods with the same meaning.
constexpr const char* kFloorPrelude = R"lua(
function contains(list, value) for _, v in ipairs(list) do if v == value then return true end end return false end
function score_of(value, scores) local s = scores[value]; if s == nil then error("no score") end return s end
function share_in(list, items)
  local missing = {}
  for _, item in ipairs(items) do if not contains(list, item) then missing[#missing + 1] = item end end
  return (#items - #missing) / #items, missing
end
function clamp(x, lo, hi) if x < lo then return lo end if x > hi then return hi end return x end
UNKNOWN = {}
Country = {}
Country.__index = Country
local function key(p, g) if g then return p .. "@" .. g end return p end
function Country:fact(p, g) local v = self.f[key(p, g)]; if v == nil then error(UNKNOWN) end return v end
function Country:fact_or(p, d, g) local v = self.f[key(p, g)]; if v == nil then return d end return v end
function Country:known(p, g) return self.f[key(p, g)] ~= nil end
)lua";

void PushValue(lua_State* L, const FactValue& v) {
  if (auto b = std::get_if<bool>(&v)) lua_pushboolean(L, *b);
  else if (auto d = std::get_if<double>(&v)) lua_pushnumber(L, *d);
  else if (auto s = std::get_if<std::string>(&v)) lua_pushstring(L, s->c_str());
  else {
    const auto& list = std::get<std::vector<std::string>>(v);
    lua_createtable(L, static_cast<int>(list.size()), 0);
    for (size_t i = 0; i < list.size(); ++i) {
      lua_pushstring(L, list[i].c_str());
      lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
    }
  }
}

// One timed pass over every country and rule, `repeats` times; returns seconds.
template <typename Body>
double TimePass(int repeats, size_t nc, size_t nr, Body body) {
  auto t0 = Clock::now();
  for (int k = 0; k < repeats; ++k) {
    for (size_t c = 0; c < nc; ++c) {
      for (size_t r = 0; r < nr; ++r) body(c, r);
    }
  }
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: rule_throughput DATA_DIR PACK_DIR [REPEATS] [ROUNDS] [fast|counted]\n");
    return 1;
  }
  int repeats = argc > 3 ? std::atoi(argv[3]) : 20;
  int rounds = argc > 4 ? std::atoi(argv[4]) : 1;
  const std::string mode = argc > 5 ? argv[5] : "fast";
  Dataset ds = LoadDataset(argv[1]);
  RulePack pack = LoadRulePack(argv[2], ds.catalogue);
  const size_t nr = pack.info.rules.size(), nc = ds.countries.size();
  std::vector<FactView> views;
  for (const auto& c : ds.countries) views.push_back(MakeFactView(c, std::nullopt));
  const double evals = static_cast<double>(repeats) * static_cast<double>(nr * nc);

  // workrights
  SandboxLimits limits = pack.limits;
  if (mode == "counted") limits.fast_call_limit = std::chrono::nanoseconds(0);
  RuleRuntime rt(pack.sources, ds.catalogue, limits, &pack.info);
  RuleResult result;
  size_t ok = 0;
  auto engine = [&](size_t c, size_t r) {
    rt.Evaluate(static_cast<int>(r), views[c], 0, result);
    ok += result.status == RuleStatus::kOk;
  };

  // the floor
  lua_State* L = luaL_newstate();
  luaL_openlibs(L);
  if (luaL_dostring(L, kFloorPrelude) != LUA_OK) return 2;
  std::vector<int> fns;
  for (const auto& rule : pack.info.rules) {
    const PackFile* f = pack.sources.Find(rule.file);
    if (luaL_loadbuffer(L, f->text.data(), f->text.size(), rule.file.c_str()) != LUA_OK || lua_pcall(L, 0, 1, 0) != LUA_OK) {
      std::fprintf(stderr, "floor: %s\n", lua_tostring(L, -1));
      return 2;
    }
    lua_getfield(L, -1, "evaluate");
    fns.push_back(luaL_ref(L, LUA_REGISTRYINDEX));
    lua_pop(L, 1);
  }
  std::vector<int> countries;
  for (const auto& p : ds.countries) {
    lua_newtable(L);  // the country object
    lua_newtable(L);  // its facts
    for (size_t f = 0; f < p.facts.size(); ++f) {
      for (const auto& e : p.facts[f]) {
        std::string key = ds.catalogue.Get(static_cast<FactId>(f)).path;
        const FactEntry* in_force = p.Resolve(static_cast<FactId>(f), e.group, std::nullopt);
        if (in_force != &e) continue;
        if (e.group != p.primary_group) key += "@" + ds.catalogue.GroupName(e.group);
        PushValue(L, e.value);
        lua_setfield(L, -2, key.c_str());
      }
    }
    lua_setfield(L, -2, "f");
    lua_getglobal(L, "Country");
    lua_setmetatable(L, -2);
    countries.push_back(luaL_ref(L, LUA_REGISTRYINDEX));
  }
  size_t floor_ok = 0;
  auto floor = [&](size_t c, size_t r) {
    lua_rawgeti(L, LUA_REGISTRYINDEX, fns[r]);
    lua_rawgeti(L, LUA_REGISTRYINDEX, countries[c]);
    if (lua_pcall(L, 1, 2, 0) == LUA_OK) {
      floor_ok += 1;
      lua_pop(L, 2);
    } else {
      lua_pop(L, 1);
    }
  };

  // Rounds alternate which side goes first, so neither gains from running second (warm caches, a grown string
  // table) or loses to a slow spell of a shared machine; each round times both sides over the same work.
  std::vector<double> engine_s, floor_s, ratios;
  for (int round = 0; round < rounds; ++round) {
    double e = 0, f = 0;
    if (round % 2 == 0) {
      e = TimePass(repeats, nc, nr, engine);
      f = TimePass(repeats, nc, nr, floor);
    } else {
      f = TimePass(repeats, nc, nr, floor);
      e = TimePass(repeats, nc, nr, engine);
    }
    engine_s.push_back(e);
    floor_s.push_back(f);
    ratios.push_back(e / f);
  }
  lua_close(L);

  std::printf("countries %zu, rules %zu, repeats %d, rounds %d, engine %s: %.0f evaluations each way per round\n", nc,
              nr, repeats, rounds, mode.c_str(), evals);
  for (int round = 0; round < rounds; ++round) {
    std::printf("round %d: workrights %.0f ns, floor %.0f ns, ratio %.2f\n", round + 1, engine_s[round] / evals * 1e9,
                floor_s[round] / evals * 1e9, ratios[round]);
  }
  const double e = Median(engine_s), f = Median(floor_s);
  std::printf("workrights: %.3f s, %.0f evaluations/s, %.0f ns each (%zu known results)\n", e, evals / e,
              e / evals * 1e9, ok / static_cast<size_t>(rounds));
  std::printf("floor:      %.3f s, %.0f evaluations/s, %.0f ns each (%zu returned)\n", f, evals / f, f / evals * 1e9,
              floor_ok / static_cast<size_t>(rounds));
  std::printf("ratio workrights / floor: %.2f (median of %d rounds; min %.2f)\n", Median(ratios), rounds,
              *std::min_element(ratios.begin(), ratios.end()));
  return 0;
}
