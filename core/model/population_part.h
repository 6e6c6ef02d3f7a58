#pragma once
// A part of a legal-status group by sex and age ("women refugees aged 15-24"), for practice facts that sources
// break down. Scores describe the whole group; the parts are reported beside them.
#include <optional>
#include <string>
#include <string_view>

namespace workrights {

enum class Sex { kAny, kFemale, kMale };

/// Whole years, both ends included; `to` absent for an open band ("60+").
struct AgeBand {
  int from = 0;
  std::optional<int> to;
  std::string ToString() const;  ///< "15-24" or "60+"
  bool operator==(const AgeBand&) const = default;
};

struct PopulationPart {
  Sex sex = Sex::kAny;
  std::optional<AgeBand> age;
  bool Whole() const { return sex == Sex::kAny && !age; }
  /// "female", "aged 15-24", "female, aged 15-24"; "" for the whole group.
  std::string Label() const;
  bool operator==(const PopulationPart&) const = default;
};

constexpr int kMaxAge = 120;

std::string_view SexName(Sex sex);  ///< "female", "male", "" for any
std::optional<Sex> ParseSex(std::string_view text);  ///< "female" or "male"
/// "15-24" or "60+" in whole years from 0 to kMaxAge, from <= to; nullopt otherwise.
std::optional<AgeBand> ParseAgeBand(std::string_view text);

}  // namespace workrights
