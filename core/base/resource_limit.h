#pragma once
// Resource limits a run checks before it allocates: a run that would need more memory than the limit is refused
// with what it needs, the limit and how to get under it, instead of being killed by the kernel half-way.
#include <cstddef>
#include <stdexcept>
#include <string>

namespace workrights {

/// The memory a simulation or ranking may plan to use unless --max-memory raises it.
inline constexpr double kDefaultMemoryLimitGiB = 4.0;

/// A run refused because it would exceed a resource limit; the message says what to change. Exit code 1.
class ResourceLimitError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// "1.5 GiB", "320 MiB": a byte count as a person reads it.
std::string ByteSizeText(double bytes);

/// Every size limit says it one way: "<what> is 52.4 MiB, over the limit of 16.0 MiB", or, when the size is not
/// known (a stream cut off at the limit), "<what> is over the limit of 16.0 MiB".
std::string OverLimitText(const std::string& what, double bytes, double limit_bytes);
std::string OverLimitText(const std::string& what, double limit_bytes);

/// Throws ResourceLimitError when `bytes` exceeds `limit_gib` GiB: "<what> needs about X of memory, over the
/// limit of Y; <remedy>, or raise the limit with --max-memory GIB".
void CheckMemory(double bytes, double limit_gib, const std::string& what, const std::string& remedy);

}  // namespace workrights
