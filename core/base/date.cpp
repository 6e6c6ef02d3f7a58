#include "core/base/date.h"

#include <chrono>
#include <cstdio>

namespace workrights {

std::string Date::ToString() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

namespace {

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

/// The value of s[from, from + n) when all of it is ASCII digits, else -1.
int Digits(std::string_view s, size_t from, size_t n) {
  int v = 0;
  for (size_t i = from; i < from + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

}  // namespace

std::string PartialDate::ToString() const {
  char buf[16];
  if (month == 0) std::snprintf(buf, sizeof buf, "%04d", year);
  else if (day == 0) std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  else std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

Date PartialDate::Earliest() const { return Date{year, month ? month : 1, day ? day : 1}; }

Date PartialDate::Latest() const {
  int m = month ? month : 12;
  return Date{year, m, day ? day : DaysInMonth(year, m)};
}

std::optional<PartialDate> ParsePartialDate(std::string_view s) {
  if (s.size() != 4 && !(s.size() == 7 && s[4] == '-') && !(s.size() == 10 && s[4] == '-' && s[7] == '-')) {
    return std::nullopt;
  }
  PartialDate d{Digits(s, 0, 4), s.size() >= 7 ? Digits(s, 5, 2) : 0, s.size() == 10 ? Digits(s, 8, 2) : 0};
  if (d.year < 1900) return std::nullopt;
  if (s.size() >= 7 && (d.month < 1 || d.month > 12)) return std::nullopt;
  if (s.size() == 10 && (d.day < 1 || d.day > DaysInMonth(d.year, d.month))) return std::nullopt;
  return d;
}

std::optional<Date> ParseDate(std::string_view s) {
  if (s.size() != 10) return std::nullopt;
  auto d = ParsePartialDate(s);
  if (!d) return std::nullopt;
  return Date{d->year, d->month, d->day};
}

Date TodayUtc() {
  auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  std::chrono::year_month_day ymd{today};
  return Date{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
              static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

}  // namespace workrights
