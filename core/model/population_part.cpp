#include "core/model/population_part.h"

#include <charconv>

namespace workrights {

std::string AgeBand::ToString() const {
  return std::to_string(from) + (to ? "-" + std::to_string(*to) : std::string("+"));
}

std::string PopulationPart::Label() const {
  std::string out(SexName(sex));
  if (age) out += (out.empty() ? "aged " : ", aged ") + age->ToString();
  return out;
}

std::string_view SexName(Sex sex) {
  switch (sex) {
    case Sex::kFemale: return "female";
    case Sex::kMale: return "male";
    case Sex::kAny: break;
  }
  return "";
}

std::optional<Sex> ParseSex(std::string_view text) {
  if (text == "female") return Sex::kFemale;
  if (text == "male") return Sex::kMale;
  return std::nullopt;
}

// A whole number of years from 0 to kMaxAge with nothing else around it.
static std::optional<int> ParseYears(std::string_view text) {
  if (text.empty() || text.size() > 3) return std::nullopt;
  int years = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), years);
  if (ec != std::errc() || end != text.data() + text.size() || years < 0 || years > kMaxAge) return std::nullopt;
  return years;
}

std::optional<AgeBand> ParseAgeBand(std::string_view text) {
  if (!text.empty() && text.back() == '+') {
    auto from = ParseYears(text.substr(0, text.size() - 1));
    if (!from) return std::nullopt;
    return AgeBand{*from, std::nullopt};
  }
  size_t dash = text.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  auto from = ParseYears(text.substr(0, dash));
  auto to = ParseYears(text.substr(dash + 1));
  if (!from || !to || *from > *to) return std::nullopt;
  return AgeBand{*from, *to};
}

}  // namespace workrights
