// Evaluation: calls a rule's (or the priority function's) frozen evaluate on a country and turns what it
// returned, or why it failed, into a result.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <lua.hpp>

#include "core/rules/rule_runtime.h"

namespace workrights {
namespace {

constexpr size_t kMaxExplanationBytes = 4000;

uint64_t Fnv1a(uint64_t h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::string Where(const std::string& file, int line) {
  return line > 0 ? file + ":" + std::to_string(line) : file;
}

bool OutOfLimits(const LuaFailure& failure) {
  return failure.kind == LuaFailure::Kind::kBudget || failure.kind == LuaFailure::Kind::kMemory;
}

// Marks the result as an error about what evaluate returned; Evaluate adds the place of the `return`.
void SetReturnError(RuleResult& out, const std::string& message) {
  out.status = RuleStatus::kError;
  out.error = message;
}

// Marks the result as an error at file:line (the rule's own file when the error names none).
void SetError(RuleResult& out, const RuleInfo& rule, const std::string& file, int line, const std::string& message) {
  out.status = RuleStatus::kError;
  out.error = Where(file.empty() ? rule.file : file, line) + ": " + message;
}

// Takes the score and explanation evaluate returned, or says what is wrong with them. stack: ..., score,
// explanation (unchanged).
void ReadScore(lua_State* L, RuleResult& out) {
  int score_type = lua_type(L, -2);
  if (score_type == LUA_TNIL && lua_isnil(L, -1)) {
    SetReturnError(out, "evaluate returned nothing; it must return a score from 0 to 1 and an explanation");
    return;
  }
  if (score_type != LUA_TNUMBER) {
    SetReturnError(out, std::string("evaluate returned ") + luaL_typename(L, -2) + " instead of a score (a number from 0 to 1)");
    return;
  }
  double score = lua_tonumber(L, -2);
  if (std::isnan(score)) {
    SetReturnError(out, "evaluate returned NaN as its score");
  } else if (score < 0 || score > 1) {
    SetReturnError(out, "evaluate returned score " + FactValueToText(FactValue{score}) + ", outside the range 0 to 1");
  } else if (lua_type(L, -1) != LUA_TSTRING) {
    SetReturnError(out, std::string("evaluate must return an explanation (a string) after the score, not ") +
                 luaL_typename(L, -1));
  } else {
    size_t len = 0;
    const char* text = lua_tolstring(L, -1, &len);
    out.status = RuleStatus::kOk;
    out.score = score;
    out.explanation.assign(text, std::min(len, kMaxExplanationBytes));
  }
}

// The optional third return value: the situation the rule found, which picks its advocacy ask
// (action.asks[situation]); it must be one of the asks the rule declares.
void ReadSituation(lua_State* L, const RuleInfo& rule, RuleResult& out) {
  if (lua_isnil(L, -1)) return;
  if (lua_type(L, -1) != LUA_TSTRING) {
    SetReturnError(out, std::string("evaluate's third value names the situation found (a string), not ") + luaL_typename(L, -1));
    return;
  }
  std::string situation = lua_tostring(L, -1);
  // Looked up in place: copying the rule's asks (a JSON object) on every evaluation was a cost of its own.
  auto action_asks = rule.action.is_object() ? rule.action.find("asks") : rule.action.end();
  const bool declared = action_asks != rule.action.end() && action_asks->is_object() && action_asks->contains(situation);
  if (!declared) {
    SetReturnError(out, "evaluate returned situation \"" + situation + "\", which the rule's action.asks does not declare");
    return;
  }
  out.situation = std::move(situation);
}

// Evidence lists each fact once, in the order first read; missing facts are sorted, each once.
void MergeReads(RuleResult& out) {
  // In place: a rule reads a handful of facts, and a new vector per evaluation was a malloc on the hot path.
  auto kept = out.reads.begin();
  for (auto r = out.reads.begin(); r != out.reads.end(); ++r) {
    auto same = [&](const FactRead& u) { return u.fact == r->fact && u.group == r->group; };
    auto it = std::find_if(out.reads.begin(), kept, same);
    if (it == kept) *kept++ = *r;
    else if (!r->presence_only) it->presence_only = false;
  }
  out.reads.erase(kept, out.reads.end());
  std::sort(out.missing.begin(), out.missing.end());
  out.missing.erase(std::unique(out.missing.begin(), out.missing.end()), out.missing.end());
}

// Marks the priority result as an error at file:line (the pack file when the error names none).
void SetPriorityError(PriorityResult& out, const std::string& where, const std::string& file, int line,
                      const std::string& message) {
  out.status = RuleStatus::kError;
  out.error = Where(file.empty() ? where : file, line) + ": priority: " + message;
}

// Marks the priority result as an error about what the function returned; EvaluatePriority adds the place of
// the `return` that gave it.
void SetPriorityReturnError(PriorityResult& out, const std::string& message) {
  out.status = RuleStatus::kError;
  out.error = message;
}

// Takes what the priority function returned: index, terms (name -> number, sorted by name), notes (strings).
// stack: ..., index, terms, notes (unchanged).
void ReadPriority(lua_State* L, PriorityResult& out) {
  if (lua_type(L, -3) != LUA_TNUMBER || !std::isfinite(lua_tonumber(L, -3))) {
    SetPriorityReturnError(out, std::string("the priority function must return a finite number first, not ") +
                                    (lua_type(L, -3) == LUA_TNUMBER ? "NaN or infinity" : luaL_typename(L, -3)));
    return;
  }
  out.status = RuleStatus::kOk;
  out.index = lua_tonumber(L, -3);
  if (lua_istable(L, -2)) {
    lua_pushnil(L);
    while (lua_next(L, -3) != 0) {  // stack: ..., terms, notes, key, value
      if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TNUMBER) {
        lua_pop(L, 2);
        SetPriorityReturnError(out, "the terms table must map names to numbers");
        break;
      }
      out.terms.emplace_back(lua_tostring(L, -2), lua_tonumber(L, -1));
      lua_pop(L, 1);
    }
    std::sort(out.terms.begin(), out.terms.end());
  } else if (!lua_isnil(L, -2)) {
    SetPriorityReturnError(out, "the second value must be a table of terms");
  }
  if (lua_istable(L, -1)) {
    lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, -1));
    for (lua_Integer i = 1; i <= n; ++i) {
      if (lua_rawgeti(L, -1, i) == LUA_TSTRING) out.notes.emplace_back(lua_tostring(L, -1));
      lua_pop(L, 1);
    }
  }
}

// Resets every field, but keeps the memory of the buffers each evaluation fills: a caller that evaluates into the
// same result again (the bounds search, simulation draws) then allocates nothing for them.
void ResetKeepingBuffers(RuleResult& out) {
  std::vector<FactRead> reads = std::move(out.reads);
  std::vector<FactId> missing = std::move(out.missing);
  std::string explanation = std::move(out.explanation);
  out = RuleResult{};
  reads.clear();
  missing.clear();
  explanation.clear();
  out.reads = std::move(reads);
  out.missing = std::move(missing);
  out.explanation = std::move(explanation);
}

}  // namespace

void RuleRuntime::Evaluate(int rule_index, const FactView& view, uint64_t seed, RuleResult& out) {
  lua_State* L = sandbox_->state();
  const RuleInfo& rule = info_.rules[static_cast<size_t>(rule_index)];
  ResetKeepingBuffers(out);
  if (guard_ && guard_->Stopped(static_cast<size_t>(rule_index))) {
    SetError(out, rule, rule.file, rule.line, StoppedRuleMessage());
    return;
  }
  out.reads.reserve(rule.reads.size());
  // The entries a rule reads lie spread over the profiles' memory: start loading them now, so that setting up
  // the Lua call hides the wait instead of c:fact stalling on it.
  for (FactId id : rule.reads) {
    if (const FactEntry* entry = view.Get(id)) __builtin_prefetch(entry);
  }
  current_ = Call{&view, &rule, &out, nullptr, nullptr, &read_names_[static_cast<size_t>(rule_index)]};
  ++evaluations_;
  const uint64_t rule_seed = Fnv1a(Fnv1a(0xcbf29ce484222325ULL ^ seed, view.profile->iso3), rule.id);

  int top = lua_gettop(L);
  LuaFailure failure;
  std::string changed;
  bool ok = CallEvaluate(rule_index, view, rule_seed, failure, changed);  // stack: score, explanation, situation

  if (!ok && guard_ && OutOfLimits(failure)) guard_->Overran(static_cast<size_t>(rule_index));
  if (!ok) {
    if (OutOfLimits(failure) || out.missing.empty()) {
      SetError(out, rule, failure.file, failure.line, failure.message);
    } else {
      out.status = RuleStatus::kUnknown;
    }
  } else if (!out.missing.empty()) {
    out.status = RuleStatus::kUnknown;  // the rule caught the stop with pcall: still unknown
  } else {
    ReadSituation(L, rule, out);  // stack: score, explanation, situation
    lua_pop(L, 1);                // stack: score, explanation
    if (out.status != RuleStatus::kError) ReadScore(L, out);
  }
  lua_settop(L, top);
  if (ok && out.status == RuleStatus::kError) {  // a bad returned value: point at the return that gave it
    int line = ReturnLine(rule_index, view, rule_seed);
    out.error = Where(rule.file, line > 0 ? line : rule.line) + ": " + out.error;
  }
  if (!changed.empty() && out.status != RuleStatus::kError) {
    SetError(out, rule, rule.file, rule.line,
             "evaluate changed the file-level variable '" + changed +
                 "'; rules must not keep state between countries (use a local inside evaluate)");
  }
  MergeReads(out);
  current_ = Call{};
}

bool RuleRuntime::CallEvaluate(int rule_index, const FactView& view, uint64_t rule_seed, LuaFailure& failure,
                               std::string& changed) {
  const auto r = static_cast<size_t>(rule_index);
  return CallOnCountry(evaluate_refs_[r], snapshot_ids_[r], rule_seed, view, failure, changed);
}

bool RuleRuntime::CallOnCountry(int function_ref, int snapshot, uint64_t seed, const FactView& view,
                                LuaFailure& failure, std::string& changed) {
  lua_State* L = sandbox_->state();
  for (bool exact = false;; exact = true) {
    sandbox_->SeedRandom(seed);
    lua_rawgeti(L, LUA_REGISTRYINDEX, function_ref);
    PushCountry(view);  // stack: function, c
    bool ok = exact ? sandbox_->Call(1, 3, failure) : sandbox_->CallMayRunFast(1, 3, failure);
    changed = sandbox_->RestoreUpvalues(snapshot);
    if (ok || failure.kind != LuaFailure::Kind::kInterrupted) return ok;
    ForgetReads();  // the interrupted run's; the exact run reads again
  }
}

void RuleRuntime::ForgetReads() {
  current_.result->reads.clear();
  current_.result->missing.clear();
  if (current_.missing_scores) current_.missing_scores->clear();
}

int RuleRuntime::ReturnLine(int rule_index, const FactView& view, uint64_t rule_seed) {
  lua_State* L = sandbox_->state();
  const int top = lua_gettop(L);
  lua_rawgeti(L, LUA_REGISTRYINDEX, evaluate_refs_[static_cast<size_t>(rule_index)]);
  lua_Debug ar;
  lua_getinfo(L, ">S", &ar);  // pops evaluate
  if (ar.linedefined <= 0) return 0;
  RuleResult scratch;  // the second run's reads must not add to the result
  Call saved = current_;
  current_ = Call{&view, saved.rule, &scratch, nullptr, nullptr, saved.read_names};
  sandbox_->TraceReturnsOf(ar.linedefined);
  LuaFailure failure;
  std::string changed;
  int line = CallEvaluate(rule_index, view, rule_seed, failure, changed) ? sandbox_->traced_return_line() : 0;
  sandbox_->TraceReturnsOf(0);
  lua_settop(L, top);
  current_ = saved;
  return line;
}

void RuleRuntime::EvaluatePriority(const FactView& view, const double* metrics, PriorityResult& out) {
  lua_State* L = sandbox_->state();
  out = PriorityResult{};
  const std::string where = sources_.pack_file.path;
  if (priority_ref_ == LUA_NOREF) {
    out.status = RuleStatus::kError;
    out.error = where + ": the pack defines no priority function (pack.lua: priority = { reads = {...}, evaluate = ... })";
    return;
  }
  const size_t priority_slot = info_.rules.size();
  if (guard_ && guard_->Stopped(priority_slot)) {
    SetPriorityError(out, where, where, priority_line_, StoppedRuleMessage());
    return;
  }
  RuleResult reads;
  std::vector<std::string> missing_scores;
  current_ = Call{&view, &priority_rule_, &reads, metrics, &missing_scores, &read_names_.back()};
  int top = lua_gettop(L);
  LuaFailure failure;
  std::string changed;
  bool ok = CallPriority(view, failure, changed);  // stack: index, terms, notes (when ok)
  bool missing = !reads.missing.empty() || !missing_scores.empty();
  if (!ok && guard_ && OutOfLimits(failure)) guard_->Overran(priority_slot);
  if (!ok && (OutOfLimits(failure) || !missing)) {
    SetPriorityError(out, where, failure.file, failure.line, failure.message);
  } else if (missing) {
    out.status = RuleStatus::kUnknown;
  } else {
    ReadPriority(L, out);
  }
  lua_settop(L, top);
  if (ok && !missing && out.status == RuleStatus::kError) {  // a bad returned value: point at its return
    int line = PriorityReturnLine(view, metrics);
    out.error = Where(where, line > 0 ? line : priority_line_) + ": priority: " + out.error;
  }
  if (!changed.empty() && out.status != RuleStatus::kError) {
    SetPriorityError(out, where, where, priority_line_, "changed the file-level variable '" + changed + "'");
  }
  if (out.status == RuleStatus::kUnknown) {
    for (FactId f : reads.missing) out.missing.push_back(catalogue_.Get(f).path);
    out.missing.insert(out.missing.end(), missing_scores.begin(), missing_scores.end());
    std::sort(out.missing.begin(), out.missing.end());
    out.missing.erase(std::unique(out.missing.begin(), out.missing.end()), out.missing.end());
  }
  current_ = Call{};
}

bool RuleRuntime::CallPriority(const FactView& view, LuaFailure& failure, std::string& changed) {
  return CallOnCountry(priority_ref_, priority_snapshot_, 0, view, failure, changed);
}

int RuleRuntime::PriorityReturnLine(const FactView& view, const double* metrics) {
  lua_State* L = sandbox_->state();
  const int top = lua_gettop(L);
  RuleResult scratch;  // the second run's reads must not add to the result
  std::vector<std::string> scratch_scores;
  Call saved = current_;
  current_ = Call{&view, &priority_rule_, &scratch, metrics, &scratch_scores, &read_names_.back()};
  sandbox_->TraceReturnsOf(priority_line_);
  LuaFailure failure;
  std::string changed;
  int line = CallPriority(view, failure, changed) ? sandbox_->traced_return_line() : 0;
  sandbox_->TraceReturnsOf(0);
  lua_settop(L, top);
  current_ = saved;
  return line;
}

}  // namespace workrights
