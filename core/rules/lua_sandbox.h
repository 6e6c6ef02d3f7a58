#pragma once
// A restricted Lua 5.4 state for code that comes from users (rule packs): only safe libraries, no access to the
// machine, an instruction budget per call that pcall cannot swallow, a memory cap in the allocator, read-only
// data after loading, and deterministic behaviour (seeded random, sorted pairs, no addresses in strings).
// Only core/rules/ includes Lua headers. The class lives in lua_sandbox.cpp (state, limits, calls, errors),
// lua_sandbox_base.cpp (the base environment) and lua_read_only.cpp (freezing, upvalue snapshots).
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

struct lua_State;
struct lua_Debug;

namespace workrights {

/// The chunk name of the engine's own Lua helpers (the rule prelude): trusted code that keeps no state.
inline constexpr char kPreludeChunk[] = "<prelude>";

struct SandboxLimits {
  uint64_t instructions_per_call = 20'000'000;  ///< Lua VM instructions per rule call
  size_t memory_bytes = 64u << 20;              ///< whole Lua state
  /// How long a call may run without the count hook before it is stopped and run again with it
  /// (core/rules/call_watchdog.h). Negative: worked out from the budget; 0: every call counts exactly.
  std::chrono::nanoseconds fast_call_limit{-1};
};

/// Why a protected call failed, with the Lua file and line it points at.
struct LuaFailure {
  /// kInterrupted: a call run without the count hook outlasted its time limit; run it again (CallMayRunFast).
  enum class Kind { kRuntime, kBudget, kMemory, kSyntax, kInterrupted };
  Kind kind = Kind::kRuntime;
  std::string message;  ///< without the "file:line:" prefix
  std::string file;     ///< chunk name without '@', e.g. "rules/standard/rules/rtw.lua"
  int line = 0;
};

class LuaSandbox {
 public:
  explicit LuaSandbox(const SandboxLimits& limits);
  ~LuaSandbox();
  LuaSandbox(const LuaSandbox&) = delete;
  LuaSandbox& operator=(const LuaSandbox&) = delete;

  lua_State* state() const { return L_; }
  static LuaSandbox* From(lua_State* L);
  const SandboxLimits& limits() const { return limits_; }

  /// The owner's pointer (the rule runtime), reachable from C functions through From(L)->owner().
  void set_owner(void* owner) { owner_ = owner; }
  void* owner() const { return owner_; }

  /// stack: +1 — a fresh environment for one chunk: a copy of the safe base, to which its own globals are added.
  void PushChunkEnvironment();
  /// stack: +1 — the safe base itself (the engine adds its prelude's helpers to it).
  void PushBase();

  /// stack: +1 on success — compiles Lua source text (never bytecode) with the table at `env_index` as _ENV.
  bool Load(std::string_view code, const std::string& file, int env_index, LuaFailure& failure);

  /// stack: -(nargs+1), +nresults on success — calls under the instruction budget with a message handler.
  bool Call(int nargs, int nresults, LuaFailure& failure) { return CallWith(nargs, nresults, failure, false); }

  /// Call, but the call may run without the count hook for a time too short to use the budget up. A call
  /// that takes longer fails with kInterrupted (nothing on the stack, the state's garbage collected): the
  /// caller undoes what the call recorded and calls again with Call, which counts exactly. So a result never
  /// depends on timing.
  bool CallMayRunFast(int nargs, int nresults, LuaFailure& failure) {
    return CallWith(nargs, nresults, failure, true);
  }

  /// stack: unchanged — makes every table reachable from the value at `index` (through fields and the upvalues
  /// of Lua functions) read-only, in place. Global environments refuse new globals with their own message.
  /// Fails (a load error) only for data nested too deeply or out of memory.
  bool Freeze(int index, LuaFailure& failure);

  /// stack: unchanged — replaces the table at `index` with a read-only view of it (its fields stay writable from C).
  void MakeReadOnly(int index);

  /// stack: unchanged — records the upvalues of every Lua function reachable from the value at `index`;
  /// returns the snapshot's id for RestoreUpvalues, or LUA_NOREF when that failed.
  int SnapshotUpvalues(int index, LuaFailure& failure);
  /// Empty when no recorded upvalue changed; otherwise restores them and names the first changed variable.
  std::string RestoreUpvalues(int snapshot);

  /// Reseeds the sandbox's math.random stream (xoshiro256**), so a rule's random draws are reproducible.
  void SeedRandom(uint64_t seed);
  uint64_t NextRandom();

  /// While set (> 0), calls note the line of every `return` of the Lua functions defined at that line, so an
  /// error about a returned value can point at the statement that returned it; 0 stops noting.
  void TraceReturnsOf(int line_defined) { trace_line_defined_ = line_defined; traced_return_line_ = 0; }
  /// The line of the last `return` noted by TraceReturnsOf (0 when none): for the outermost call, its return.
  int traced_return_line() const { return traced_return_line_; }

  /// Instructions counted in the last call (to the hook's granularity); 0 after a call run fast.
  uint64_t instructions_used() const { return instructions_; }
  size_t memory_used() const { return memory_used_; }

 private:
  static void* Allocate(void* ud, void* ptr, size_t osize, size_t nsize);
  static void CountHook(lua_State* L, ::lua_Debug* ar);
  static void InterruptHook(lua_State* L, ::lua_Debug* ar);
  bool CallWith(int nargs, int nresults, LuaFailure& failure, bool may_run_fast);
  static int MessageHandler(lua_State* L);
  void BuildBase();
  void FillFailure(int status, LuaFailure& failure);
  void RecordMemoryFailurePlace();

  SandboxLimits limits_;
  lua_State* L_ = nullptr;
  void* owner_ = nullptr;
  int base_ref_ = -1;
  size_t memory_used_ = 0;
  bool memory_exceeded_ = false;
  bool budget_exceeded_ = false;
  bool interrupted_ = false;
  std::chrono::nanoseconds fast_limit_{0};  ///< 0: no fast calls
  uint64_t instructions_ = 0;
  uint64_t rng_[4] = {1, 2, 3, 4};
  // Where the last error pointed, filled by the message handler.
  std::string error_file_;
  int error_line_ = 0;
  // Where the allocator first refused memory in this call (Lua runs no message handler for memory errors).
  std::string memory_file_;
  int memory_line_ = 0;
  int trace_line_defined_ = 0;
  int traced_return_line_ = 0;
  /// One recorded upvalue: the closure (registry ref), its upvalue number, the value it had (registry ref).
  /// Kept in C++ rather than a Lua table: restoring runs after every rule call, so each step counts.
  struct UpvalueSlot {
    int function_ref;
    int index;
    int value_ref;
  };
  std::vector<std::vector<UpvalueSlot>> snapshots_;
};

}  // namespace workrights
