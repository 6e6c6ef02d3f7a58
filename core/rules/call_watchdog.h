#pragma once
// Lets rule calls run without Lua's count hook, which costs every VM instruction a trip through the debug
// machinery even when it fires only every thousand instructions. A call runs "fast" (no hook) for at most a
// time limit short enough that it cannot have used its instruction budget; a watchdog thread interrupts one
// that runs longer, and the caller then runs it again from the start with the exact count (LuaSandbox::Call).
// So results never depend on timing: only calls that finish within the limit keep their fast result.
//
// The interrupt is delivered as a signal to the worker thread, whose handler sets a hook on the thread's
// running Lua state: setting a hook is what Lua allows from a signal handler (ldebug.c, lua_sethook).
#include <chrono>
#include <cstdint>

struct lua_State;
struct lua_Debug;

namespace workrights {

class CallWatchdog {
 public:
  using Hook = void (*)(lua_State*, lua_Debug*);

  /// Whether fast calls can be guarded in this process (the signal handler and the watchdog thread started).
  static bool Available();

  /// Marks the calling thread as running `L` until End(); past `limit` the watchdog sets `interrupt` as a count
  /// hook on `L` (count 1, from the thread's own signal handler). Calls do not nest. Returns the start time.
  static std::chrono::steady_clock::time_point Begin(lua_State* L, Hook interrupt, std::chrono::nanoseconds limit);
  /// Ends the call Begin marked (a signal arriving later finds no state and does nothing); returns how long it
  /// ran. The clock is read once at each end: on a virtual machine a read costs tens of nanoseconds.
  static std::chrono::nanoseconds End(std::chrono::steady_clock::time_point start);
};

}  // namespace workrights
