#include "core/rules/call_watchdog.h"

#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <cerrno>
#include <mutex>
#include <thread>
#include <vector>

#include <lua.hpp>

namespace workrights {
namespace {

// SIGURG is ignored by default and used by nothing else here, so a stray one is harmless.
constexpr int kSignal = SIGURG;
constexpr auto kPollInterval = std::chrono::milliseconds(1);

int64_t Ns(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
}

int64_t NowNs() { return Ns(std::chrono::steady_clock::now()); }

// What one thread is running. Its own signal handler reads it: lock-free atomics are async-signal-safe.
struct ThreadSlot {
  pthread_t thread = pthread_self();
  std::atomic<lua_State*> state{nullptr};
  std::atomic<CallWatchdog::Hook> interrupt{nullptr};
  std::atomic<int64_t> deadline{0};  ///< steady-clock ns; 0 while no call runs
};

struct Registry {
  std::mutex mutex;  // guards `slots`; held while signalling, so no slot's thread exits meanwhile
  std::vector<ThreadSlot*> slots;
  bool available = false;
};

// Never destroyed: the watchdog thread runs until the process ends.
Registry& TheRegistry() {
  static Registry* registry = new Registry();
  return *registry;
}

thread_local ThreadSlot* tls_slot = nullptr;

// Registers the thread's slot on first use and removes it when the thread ends.
struct SlotOwner {
  ThreadSlot slot;
  SlotOwner() {
    std::lock_guard<std::mutex> lock(TheRegistry().mutex);
    TheRegistry().slots.push_back(&slot);
    tls_slot = &slot;
  }
  ~SlotOwner() {
    std::lock_guard<std::mutex> lock(TheRegistry().mutex);
    tls_slot = nullptr;
    auto& slots = TheRegistry().slots;
    for (size_t i = 0; i < slots.size(); ++i) {
      if (slots[i] == &slot) {
        slots.erase(slots.begin() + static_cast<std::ptrdiff_t>(i));
        break;
      }
    }
  }
};

ThreadSlot& MySlot() {
  thread_local SlotOwner owner;
  return owner.slot;
}

void OnSignal(int) {
  int saved_errno = errno;
  ThreadSlot* slot = tls_slot;
  if (slot) {
    lua_State* L = slot->state.load(std::memory_order_relaxed);
    CallWatchdog::Hook hook = slot->interrupt.load(std::memory_order_relaxed);
    if (L && hook) lua_sethook(L, hook, LUA_MASKCOUNT, 1);
  }
  errno = saved_errno;
}

[[noreturn]] void WatchLoop() {
  Registry& registry = TheRegistry();
  for (;;) {
    std::this_thread::sleep_for(kPollInterval);
    const int64_t now = NowNs();
    std::lock_guard<std::mutex> lock(registry.mutex);
    for (ThreadSlot* slot : registry.slots) {
      int64_t deadline = slot->deadline.load(std::memory_order_acquire);
      if (deadline != 0 && now > deadline) pthread_kill(slot->thread, kSignal);
    }
  }
}

bool Start() {
  struct sigaction previous {};
  if (sigaction(kSignal, nullptr, &previous) != 0) return false;
  if (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN) return false;  // someone else's: leave it
  struct sigaction action {};
  action.sa_handler = OnSignal;
  action.sa_flags = SA_RESTART;  // the workers' own system calls carry on
  sigemptyset(&action.sa_mask);
  if (sigaction(kSignal, &action, nullptr) != 0) return false;
  try {
    std::thread(WatchLoop).detach();
  } catch (const std::system_error&) {
    sigaction(kSignal, &previous, nullptr);
    return false;
  }
  return true;
}

}  // namespace

bool CallWatchdog::Available() {
  static std::once_flag once;
  std::call_once(once, [] { TheRegistry().available = Start(); });
  return TheRegistry().available;
}

std::chrono::steady_clock::time_point CallWatchdog::Begin(lua_State* L, Hook interrupt, std::chrono::nanoseconds limit) {
  ThreadSlot& slot = MySlot();
  const auto start = std::chrono::steady_clock::now();
  slot.interrupt.store(interrupt, std::memory_order_relaxed);
  slot.state.store(L, std::memory_order_relaxed);
  slot.deadline.store(Ns(start) + limit.count(), std::memory_order_release);
  return start;
}

std::chrono::nanoseconds CallWatchdog::End(std::chrono::steady_clock::time_point start) {
  ThreadSlot& slot = MySlot();
  slot.deadline.store(0, std::memory_order_release);
  slot.state.store(nullptr, std::memory_order_relaxed);
  return std::chrono::steady_clock::now() - start;
}

}  // namespace workrights
