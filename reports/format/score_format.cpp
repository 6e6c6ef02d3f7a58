#include "reports/format/score_format.h"

#include <cmath>
#include <cstdio>

namespace workrights {

std::string Fixed(double x, int digits) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.*f", digits, x);
  return buf;
}

std::string Percent(double share) { return Fixed(share * 100, 0) + "%"; }

std::string IntervalText(const std::optional<Score>& s) {
  if (!s || s->exact()) return "";
  return "[" + Fixed(s->lower, 2) + "–" + Fixed(s->upper, 2) + "]";
}

std::string ScoreText(const std::optional<Score>& s) {
  if (!s) return "none";
  if (s->exact()) return Fixed(s->point, 2);
  return Fixed(s->point, 2) + " " + IntervalText(s);
}

std::string RuleResultText(const RuleResult& r) {
  if (r.status == RuleStatus::kError) return "error";
  if (r.status == RuleStatus::kOk && r.upper - r.lower < 1e-12) return Fixed(r.score, 2);
  const bool from_zero = r.lower < 1e-12, to_one = r.upper > 1 - 1e-12;
  if (from_zero && to_one) return "unknown (0 to 1)";
  if (r.upper - r.lower < 1e-12) return Fixed(r.lower, 2) + " whatever the missing facts";
  if (from_zero) return "at most " + Fixed(r.upper, 2);
  if (to_one) return "at least " + Fixed(r.lower, 2);
  return "between " + Fixed(r.lower, 2) + " and " + Fixed(r.upper, 2);
}

nlohmann::json ScoreJson(const std::optional<Score>& s) {
  if (!s) return nullptr;
  auto round = [](double x) { return std::round(x * 1e6) / 1e6; };
  return {{"point", round(s->point)}, {"lower", round(s->lower)}, {"upper", round(s->upper)}};
}

}  // namespace workrights
