#include "core/rules/rule_result.h"

namespace workrights {

std::string_view RuleStatusName(RuleStatus s) {
  switch (s) {
    case RuleStatus::kOk: return "ok";
    case RuleStatus::kUnknown: return "unknown";
    case RuleStatus::kError: return "error";
  }
  return "?";
}

}  // namespace workrights
