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

/// A date as precise as its source gives it: "2023", "2023-05" or "2023-05-17". A publication date is never
/// completed by hand (an invented "-01-01" reads as a fact the source does not state), so comparisons go through
/// the first and last day the date can mean.
struct PartialDate {
  int year = 0;
  int month = 0;  ///< 1-12, or 0 when the source gives only the year
  int day = 0;    ///< 1-31, or 0 when the source gives no day
  bool operator==(const PartialDate&) const = default;
  /// Exactly as precise as given: "2023", "2023-05" or "2023-05-17".
  std::string ToString() const;
  /// The first day it can mean: 2023 -> 2023-01-01, 2023-05 -> 2023-05-01.
  Date Earliest() const;
  /// The last day it can mean: 2023 -> 2023-12-31, 2024-02 -> 2024-02-29.
  Date Latest() const;
  bool HasDay() const { return day != 0; }
};

/// Parses a strict YYYY, YYYY-MM or YYYY-MM-DD date (two-digit month and day; the day must exist).
std::optional<PartialDate> ParsePartialDate(std::string_view text);

/// Parses a strict YYYY-MM-DD date and checks it exists (no 2023-02-30). Returns nullopt otherwise.
std::optional<Date> ParseDate(std::string_view text);

/// Today's date in UTC, used only to refuse source dates in the future.
Date TodayUtc();

}  // namespace workrights
