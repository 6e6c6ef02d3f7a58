#pragma once
// The outcome of one rule for one country, with the evidence: every fact the rule read.
#include <string>
#include <utility>
#include <vector>

#include "core/model/fact_catalogue.h"
#include "core/model/profile.h"

namespace workrights {

enum class RuleStatus { kOk, kUnknown, kError };
std::string_view RuleStatusName(RuleStatus s);

struct FactRead {
  FactId fact = -1;
  GroupId group = 0;
  const FactEntry* entry = nullptr;  ///< nullptr: the fact was unknown
  bool used_default = false;         ///< unknown, and the rule supplied a default explicitly
  bool presence_only = false;        ///< the rule only asked whether the fact is known
};

struct RuleResult {
  RuleStatus status = RuleStatus::kUnknown;
  double score = 0;
  std::string explanation;
  std::string error;       ///< for kError: the message, with rule file and line
  std::vector<FactRead> reads;
  std::vector<FactId> missing;  ///< facts whose absence made the result unknown
  /// The situation the rule found (its optional third return value), which picks the advocacy ask from
  /// action.asks: "not_party", "reservations", ... Empty: the rule's single action applies.
  std::string situation;
  /// What the score could be over the possible values of the unknown facts the rule read (core/assess/
  /// rule_bounds): lower == upper == score when nothing unknown was read; [0, 1] until bounded.
  double lower = 0, upper = 1;
  /// Why the bounds are the full [0, 1] although the rule was bounded ("too many combinations ..."); else empty.
  std::string bound_note;
};

/// The pack's priority index for one country: the index, its named terms, notes on what was left out.
struct PriorityResult {
  RuleStatus status = RuleStatus::kUnknown;
  double index = 0;
  std::vector<std::pair<std::string, double>> terms;  ///< sorted by name
  std::vector<std::string> notes;
  std::string error;
  std::vector<std::string> missing;  ///< facts or scores whose absence left the index unknown
};

}  // namespace workrights
