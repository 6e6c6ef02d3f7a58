#include "core/rules/rule_runtime.h"

#include <stdexcept>
#include <string>

#include <lua.hpp>

#include "core/rules/country_object.h"

// The runtime is split by concept: this file builds it; pack_metadata.cpp reads pack.lua / pack.json,
// rule_loader.cpp compiles the rule files, country_object.cpp is the `c` that rules read facts from, and
// rule_evaluation.cpp runs evaluate and checks what it returns.

namespace workrights {
namespace {

// Helpers shared by every rule, defined once in the base environment (trusted code).
constexpr const char* kPrelude = R"lua(
-- contains(list, value): true when the list holds the value.
function contains(list, value)
  for _, v in ipairs(list) do
    if v == value then return true end
  end
  return false
end

-- score_of(value, scores): the score the table gives the value; an error names a value it does not cover.
function score_of(value, scores)
  local s = scores[value]
  if s == nil then
    error("no score is given for the value '" .. tostring(value) .. "'", 2)
  end
  return s
end

-- share_in(list, items): the share of `items` present in `list`, and the items missing (in `items` order).
function share_in(list, items)
  local missing = {}
  for _, item in ipairs(items) do
    if not contains(list, item) then missing[#missing + 1] = item end
  end
  return (#items - #missing) / #items, missing
end

-- clamp(x, lo, hi)
function clamp(x, lo, hi)
  if x < lo then return lo end
  if x > hi then return hi end
  return x
end
)lua";

// The prelude's helpers become part of the shared, read-only base.
void InstallPrelude(LuaSandbox& sandbox) {
  lua_State* L = sandbox.state();
  sandbox.PushChunkEnvironment();  // stack: env
  LuaFailure failure;
  if (!sandbox.Load(kPrelude, kPreludeChunk, -1, failure) || !sandbox.Call(0, 0, failure)) {
    throw std::logic_error("rule prelude failed: " + failure.message);
  }
  // Copy the helpers into the base by reading them back from the environment table.
  sandbox.PushBase();  // stack: env, the base
  for (const char* name : {"contains", "score_of", "share_in", "clamp"}) {
    lua_getfield(L, -2, name);
    if (!sandbox.Freeze(-1, failure)) throw std::logic_error("rule prelude failed: " + failure.message);
    lua_setfield(L, -2, name);
  }
  lua_pop(L, 2);
}

}  // namespace

RuleRuntime::RuleRuntime(const PackSources& sources, const FactCatalogue& catalogue, const SandboxLimits& limits,
                         const PackInfo* info)
    : sandbox_(std::make_unique<LuaSandbox>(limits)),
      sources_(sources),
      catalogue_(catalogue),
      extract_info_(info == nullptr) {
  if (info) info_ = *info;
  sandbox_->set_owner(this);
  InstallPrelude(*sandbox_);
  runtime_internal::CountryObjectRefs country = runtime_internal::CreateCountryObject(*sandbox_);
  country_ref_ = country.object;
  country_fields_ref_ = country.fields;

  Diagnostics diags;
  if (extract_info_) {
    info_.dir = sources.dir;
    info_.hash = sources.hash;
  }
  LoadPackConfig(diags);
  diags.ThrowIfAny();
  priority_rule_.id = "priority";
  priority_rule_.file = sources.pack_file.path;
  priority_rule_.line = info_.priority.line;
  priority_rule_.reads = info_.priority.reads;
  metric_names_ = MetricNames(info_);
  LoadRules(diags);
  diags.ThrowIfAny();
  InternReadNames();
}

void RuleRuntime::InternReadNames() {
  lua_State* L = sandbox_->state();
  lua_newtable(L);  // the anchor: keeps the strings alive (and their addresses valid) as long as the state
  lua_Integer n = 0;
  auto intern = [&](const RuleInfo& rule) {
    std::vector<const char*> names;
    for (FactId id : rule.reads) {
      const std::string& path = catalogue_.Get(id).path;
      names.push_back(lua_pushlstring(L, path.data(), path.size()));
      lua_rawseti(L, -2, ++n);
    }
    read_names_.push_back(std::move(names));
  };
  for (const RuleInfo& rule : info_.rules) intern(rule);
  intern(priority_rule_);
  luaL_ref(L, LUA_REGISTRYINDEX);
}

RuleRuntime::~RuleRuntime() = default;

}  // namespace workrights
