#pragma once
// Calendar dates (YYYY-MM-DD) as used in profiles, sources and scenarios.
#include <optional>
#include <string>
#include <string_view>

namespace workrights {

struct Date {
  int year = 0, month = 0, day = 0;
  auto operator<=>(const Date&) const = default;
  std::string ToString() const;
};

/// Parses a strict YYYY-MM-DD date and checks it exists (no 2023-02-30). Returns nullopt otherwise.
std::optional<Date> ParseDate(std::string_view text);

/// Today's date in UTC, used only to refuse source dates in the future.
Date TodayUtc();

}  // namespace workrights
