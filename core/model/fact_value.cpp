#include "core/model/fact_value.h"

#include <cmath>
#include <cstdio>

namespace workrights {

nlohmann::json FactValueToJson(const FactValue& v) {
  return std::visit(
      [](const auto& x) -> nlohmann::json {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, double>) {
          if (std::floor(x) == x && std::fabs(x) < 9e15) return static_cast<int64_t>(x);
          return x;
        } else {
          return x;
        }
      },
      v);
}

std::string FactValueToText(const FactValue& v) {
  if (auto b = std::get_if<bool>(&v)) return *b ? "yes" : "no";
  if (auto d = std::get_if<double>(&v)) {
    char buf[32];
    if (std::floor(*d) == *d && std::fabs(*d) < 9e15) std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(*d));
    else std::snprintf(buf, sizeof buf, "%.4g", *d);
    return buf;
  }
  if (auto s = std::get_if<std::string>(&v)) return *s;
  const auto& list = std::get<std::vector<std::string>>(v);
  if (list.empty()) return "(none)";
  std::string out;
  for (const auto& s : list) {
    if (!out.empty()) out += ", ";
    out += s;
  }
  return out;
}

}  // namespace workrights
