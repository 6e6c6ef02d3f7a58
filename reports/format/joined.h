#pragma once
// Items written one after another with a separator between them: lists of ids, codes, notes and sources in
// report cells and sentences.
#include <string>
#include <string_view>
#include <vector>

namespace workrights {

inline std::string Joined(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += separator;
    out += items[i];
  }
  return out;
}

}  // namespace workrights
