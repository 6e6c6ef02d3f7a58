#include "core/base/resource_limit.h"

#include <cmath>
#include <cstdio>

namespace workrights {

std::string ByteSizeText(double bytes) {
  const char* units[] = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB"};
  int unit = 0;
  while (bytes >= 1024 && unit < 5) {
    bytes /= 1024;
    ++unit;
  }
  char text[64];
  std::snprintf(text, sizeof text, unit == 0 || bytes >= 100 ? "%.0f %s" : "%.1f %s", bytes, units[unit]);
  return text;
}

std::string OverLimitText(const std::string& what, double bytes, double limit_bytes) {
  return what + " is " + ByteSizeText(bytes) + ", over the limit of " + ByteSizeText(limit_bytes);
}

std::string OverLimitText(const std::string& what, double limit_bytes) {
  return what + " is over the limit of " + ByteSizeText(limit_bytes);
}

void CheckMemory(double bytes, double limit_gib, const std::string& what, const std::string& remedy) {
  const double limit = limit_gib * 1024.0 * 1024.0 * 1024.0;
  if (!(bytes > limit)) return;
  throw ResourceLimitError(what + " needs about " + ByteSizeText(bytes) + " of memory, over the limit of " +
                           ByteSizeText(limit) + "; " + remedy + ", or raise the limit with --max-memory GIB");
}

}  // namespace workrights
