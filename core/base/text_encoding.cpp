#include "core/base/text_encoding.h"

namespace workrights {

const char* WideTextEncoding(std::string_view text) {
  auto starts = [&](std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; };
  using namespace std::string_view_literals;
  if (starts("\xFF\xFE\0\0"sv) || starts("\0\0\xFE\xFF"sv)) return "UTF-32";
  if (starts("\xFF\xFE"sv) || starts("\xFE\xFF"sv)) return "UTF-16";
  if (text.size() < 4) return nullptr;
  auto zero = [&](size_t i) { return text[i] == '\0'; };
  if ((!zero(0) && zero(1) && zero(2) && zero(3)) || (zero(0) && zero(1) && zero(2) && !zero(3))) return "UTF-32";
  if ((!zero(0) && zero(1)) || (zero(0) && !zero(1))) return "UTF-16";
  return nullptr;
}

}  // namespace workrights
