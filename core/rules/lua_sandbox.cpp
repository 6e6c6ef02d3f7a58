#include "core/rules/lua_sandbox.h"

#include <algorithm>
#include <cstdlib>
#include <stdexcept>
#include <string>

#include <lua.hpp>

#include "core/base/resource_limit.h"
#include "core/base/text_encoding.h"
#include "core/rules/call_watchdog.h"

namespace workrights {
namespace {

// The count hook fires every kHookInterval VM instructions; smaller is more precise, larger is cheaper.
constexpr int kHookInterval = 1000;

// No Lua VM instruction runs in less than 1/kMaxInstructionsPerNs ns (a tight loop runs about 0.5 per ns on
// today's machines: a tenfold margin), so a call that ends within budget / kMaxInstructionsPerNs ns cannot have
// used its budget up, and may run without the count hook.
constexpr uint64_t kMaxInstructionsPerNs = 5;
// Below this budget the time limit would be shorter than an ordinary call takes: count every call.
constexpr uint64_t kMinFastBudget = 5'000'000;

std::chrono::nanoseconds FastCallLimit(const SandboxLimits& limits) {
  const auto safe = std::chrono::nanoseconds(static_cast<int64_t>(limits.instructions_per_call / kMaxInstructionsPerNs));
  if (limits.fast_call_limit.count() >= 0) return std::min(limits.fast_call_limit, safe);
  if (limits.instructions_per_call < kMinFastBudget) return std::chrono::nanoseconds(0);
  return safe;
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
    if (!sb->memory_exceeded_) sb->RecordMemoryFailurePlace();
    sb->memory_exceeded_ = true;
    return nullptr;
  }
  void* p = std::realloc(ptr, nsize);
  if (p) sb->memory_used_ = sb->memory_used_ - old_size + nsize;
  return p;
}

void LuaSandbox::CountHook(lua_State* L, lua_Debug* ar) {
  LuaSandbox* sb = From(L);
  if (ar->event == LUA_HOOKRET) {  // only while TraceReturnsOf is set: note where the traced function returns
    lua_getinfo(L, "Sl", ar);
    if (ar->linedefined == sb->trace_line_defined_ && ar->currentline > 0) sb->traced_return_line_ = ar->currentline;
    return;
  }
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

// Set by the watchdog (from the thread's signal handler) on a call that ran past its time limit. Like the
// budget's error it fires again at every instruction, so a pcall inside the rule cannot swallow it.
void LuaSandbox::InterruptHook(lua_State* L, lua_Debug*) {
  From(L)->interrupted_ = true;
  lua_sethook(L, InterruptHook, LUA_MASKCOUNT, 1);
  lua_pushliteral(L, "interrupted: to be run again with the instruction count");
  lua_error(L);
}

// Lua calls no message handler for a memory error, so the allocator notes where the rule was when it first
// refused: the innermost Lua function of the pack (the caller of string.rep, utf8.char...). lua_getstack and
// lua_getinfo with "Sl" only read the call records, so they are safe inside the allocator.
void LuaSandbox::RecordMemoryFailurePlace() {
  memory_file_.clear();
  memory_line_ = 0;
  if (!L_) return;  // the state is still being made
  lua_Debug ar;
  for (int level = 0; lua_getstack(L_, level, &ar); ++level) {
    lua_getinfo(L_, "Sl", &ar);
    if (ar.currentline > 0 && ar.source && ar.source[0] == '@') {
      memory_file_ = ar.source + 1;
      memory_line_ = ar.currentline;
      return;
    }
  }
}

// Records where the error happened; never calls __tostring (a hostile object could loop or raise there).
// Error values are kept as they are: the caller may recognise its own sentinels.
int LuaSandbox::MessageHandler(lua_State* L) {
  LuaSandbox* sb = From(L);
  sb->error_file_.clear();
  sb->error_line_ = 0;
  // Only the engine's C functions raise light userdata (the "unknown fact" stop, common on real data): it is not
  // an error of the rule's, so it needs no place, and walking the stack for one was a cost on every stop.
  if (lua_type(L, 1) == LUA_TLIGHTUSERDATA) return 1;
  lua_Debug ar;
  for (int level = 1; lua_getstack(L, level, &ar); ++level) {
    lua_getinfo(L, "Sl", &ar);
    if (ar.currentline > 0 && ar.source && ar.source[0] == '@') {
      sb->error_file_ = ar.source + 1;
      sb->error_line_ = ar.currentline;
      break;
    }
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
  fast_limit_ = FastCallLimit(limits_);
  if (fast_limit_.count() > 0 && !CallWatchdog::Available()) fast_limit_ = std::chrono::nanoseconds(0);
}

LuaSandbox::~LuaSandbox() {
  if (L_) lua_close(L_);
}

LuaSandbox* LuaSandbox::From(lua_State* L) { return *static_cast<LuaSandbox**>(lua_getextraspace(L)); }

// ---- loading and protected calls ----------------------------------------------------------------------

bool LuaSandbox::Load(std::string_view code, const std::string& file, int env_index, LuaFailure& failure) {
  env_index = lua_absindex(L_, env_index);
  std::string chunk_name = "@" + file;
  // Lua's own file loader skips a UTF-8 byte order mark, a buffer's keeps it; it sits on line 1, so lines stay.
  if (code.substr(0, kUtf8ByteOrderMark.size()) == kUtf8ByteOrderMark) code.remove_prefix(kUtf8ByteOrderMark.size());
  if (const char* encoding = WideTextEncoding(code)) {
    failure = LuaFailure{};
    failure.file = file;
    failure.message = std::string("the file is ") + encoding + " text, not UTF-8 (save it as UTF-8)";
    return false;
  }
  memory_exceeded_ = false;
  memory_line_ = 0;
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

bool LuaSandbox::CallWith(int nargs, int nresults, LuaFailure& failure, bool may_run_fast) {
  lua_State* L = L_;
  int func = lua_gettop(L) - nargs;
  lua_pushcfunction(L, MessageHandler);
  lua_insert(L, func);
  instructions_ = 0;
  budget_exceeded_ = false;
  memory_exceeded_ = false;
  interrupted_ = false;
  memory_line_ = 0;
  error_file_.clear();
  error_line_ = 0;
  int status;
  if (may_run_fast && fast_limit_.count() > 0 && trace_line_defined_ == 0) {
    const auto start = CallWatchdog::Begin(L, InterruptHook, fast_limit_);
    status = lua_pcall(L, nargs, nresults, func);
    const auto ran = CallWatchdog::End(start);
    lua_sethook(L, nullptr, 0, 0);  // the watchdog may have set the interrupt
    if (interrupted_ || ran > fast_limit_) {
      lua_settop(L, func - 1);  // the handler and whatever the call left
      lua_gc(L, LUA_GCCOLLECT);
      failure = LuaFailure{};
      failure.kind = LuaFailure::Kind::kInterrupted;
      failure.message = "ran past its time limit without the instruction count; to be run again with it";
      return false;
    }
  } else {
    lua_sethook(L, CountHook, LUA_MASKCOUNT | (trace_line_defined_ > 0 ? LUA_MASKRET : 0), kHookInterval);
    status = lua_pcall(L, nargs, nresults, func);
    lua_sethook(L, nullptr, 0, 0);
  }
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
    failure.message = OverLimitText("memory use", static_cast<double>(limits_.memory_bytes));
    if (memory_line_ > 0) {
      failure.file = memory_file_;
      failure.line = memory_line_;
    }
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

// ---- math.random's stream -----------------------------------------------------------------------------

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
