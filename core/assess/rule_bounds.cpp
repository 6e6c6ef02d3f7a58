#include "core/assess/rule_bounds.h"

#include <algorithm>
#include <deque>
#include <limits>
#include <string>

namespace workrights {
namespace {

// Lists with more allowed items than this are not enumerated (2^12 subsets is already the whole budget).
constexpr size_t kMaxListItems = 12;
// A number fact without a catalogue maximum is tried at this value (counts of people or permits).
constexpr double kLargeNumber = 1e9;

std::vector<FactValue> ListSubsets(const FactSpec& spec) {
  std::vector<FactValue> out;
  const size_t n = spec.values.size();
  if (n == 0 || n > kMaxListItems) return out;
  for (size_t mask = 0; mask < (size_t{1} << n); ++mask) {
    std::vector<std::string> items;
    for (size_t i = 0; i < n; ++i) {
      if (mask & (size_t{1} << i)) items.push_back(spec.values[i].value);
    }
    out.emplace_back(std::move(items));
  }
  return out;
}

std::vector<FactValue> NumberPoints(const FactSpec& spec, const std::vector<double>& thresholds) {
  const double lo = spec.min.value_or(0), hi = spec.max.value_or(std::max(lo, kLargeNumber));
  std::vector<double> points = {lo, hi};
  for (double t : thresholds) {
    // Neighbours at the catalogue's resolution: whole units for integers, a tiny step otherwise.
    const double step = spec.integer ? 1.0 : 1e-9 * std::max(1.0, std::abs(t));
    for (double p : {t - step, t, t + step}) {
      if (p >= lo && p <= hi) points.push_back(p);
    }
  }
  std::sort(points.begin(), points.end());
  points.erase(std::unique(points.begin(), points.end()), points.end());
  return std::vector<FactValue>(points.begin(), points.end());
}

// Depth-first search over the unknown facts a rule reads, in the order it reads them: each evaluation either
// reaches a score (a leaf) or stops at the next unknown fact, which is then tried at each of its values.
class BoundSearch {
 public:
  BoundSearch(RuleRuntime& runtime, int rule, const FactView& view, uint64_t seed)
      : runtime_(runtime), rule_(rule), info_(runtime.info().rules[static_cast<size_t>(rule)]), view_(view), seed_(seed) {}

  /// Fixes `fact` for `group` before the search (value of information).
  void Fix(FactId fact, GroupId group, const FactValue& value) { Set(fact, group, &Store(value)); }

  /// Explores from `first`, a result already evaluated on the view as it is.
  void Run(const RuleResult& first) { ExploreFrom(first); }
  void Run() {
    RuleResult first;
    Evaluate(first);
    ExploreFrom(first);
  }

  bool complete() const { return note_.empty() && lower_ <= upper_; }
  double lower() const { return complete() ? lower_ : 0.0; }
  double upper() const { return complete() ? upper_ : 1.0; }
  const std::string& note() const { return note_; }

 private:
  void Evaluate(RuleResult& out) {
    ++evaluations_;
    runtime_.Evaluate(rule_, view_, seed_, out);
  }

  void ExploreFrom(const RuleResult& result) {
    if (!note_.empty()) return;
    auto unknown = std::find_if(result.reads.begin(), result.reads.end(), IsUnknownRead);
    if (unknown == result.reads.end()) {
      if (result.status == RuleStatus::kOk) {
        lower_ = std::min(lower_, result.score);
        upper_ = std::max(upper_, result.score);
      } else {
        note_ = result.status == RuleStatus::kError ? "the rule fails for some values of its unknown facts"
                                                    : "the rule stays unknown even with every fact it reads given";
      }
      return;
    }
    const FactId fact = unknown->fact;
    const GroupId group = unknown->group;
    const FactSpec& spec = runtime_.catalogue().Get(fact);
    const std::vector<FactValue> candidates = CandidateValues(spec, RuleThresholds(info_, fact));
    if (candidates.empty()) {
      note_ = "the possible values of " + spec.path + " cannot be listed";
      return;
    }
    RuleResult branch;
    for (const FactValue& value : candidates) {
      if (evaluations_ >= kMaxBoundEvaluations) {
        note_ = "too many combinations of unknown facts (over " + std::to_string(kMaxBoundEvaluations) + " evaluations)";
        break;
      }
      const FactEntry* before = Set(fact, group, &Store(value));
      Evaluate(branch);
      ExploreFrom(branch);
      Set(fact, group, before);
      if (!note_.empty()) break;
    }
  }

  const FactEntry& Store(const FactValue& value) {
    FactEntry& e = entries_.emplace_back();
    e.value = value;
    return e;
  }

  // Points the view at `entry` for (fact, group); returns what it pointed at before.
  const FactEntry* Set(FactId fact, GroupId group, const FactEntry* entry) {
    if (group == view_.group) return std::exchange(view_.facts[static_cast<size_t>(fact)], entry);
    const FactEntry* before = view_.Get(fact, group);
    for (auto& o : view_.other_groups) {
      if (o.fact == fact && o.group == group) {
        o.entry = entry;
        return before;
      }
    }
    view_.other_groups.push_back({fact, group, entry});
    return before;
  }

  RuleRuntime& runtime_;
  int rule_;
  const RuleInfo& info_;
  FactView view_;
  uint64_t seed_;
  std::deque<FactEntry> entries_;  // candidate values; a deque keeps their addresses stable
  size_t evaluations_ = 0;
  double lower_ = std::numeric_limits<double>::infinity();
  double upper_ = -std::numeric_limits<double>::infinity();
  std::string note_;
};

}  // namespace

const std::vector<double>& RuleThresholds(const RuleInfo& rule, FactId fact) {
  static const std::vector<double> kNone;
  for (const auto& [f, points] : rule.thresholds) {
    if (f == fact) return points;
  }
  return kNone;
}

bool IsUnknownRead(const FactRead& read) { return read.entry == nullptr && read.fact >= 0; }

std::vector<FactValue> CandidateValues(const FactSpec& spec, const std::vector<double>& thresholds) {
  switch (spec.type) {
    case FactType::kBool:
      return {FactValue{false}, FactValue{true}};
    case FactType::kEnum: {
      std::vector<FactValue> out;
      for (const auto& v : spec.values) out.emplace_back(v.value);
      return out;
    }
    case FactType::kList:
      return ListSubsets(spec);
    case FactType::kNumber:
      return NumberPoints(spec, thresholds);
    case FactType::kDate:
      return {};
  }
  return {};
}

void EvaluateWithBounds(RuleRuntime& runtime, int rule, const FactView& view, uint64_t seed, RuleResult& out) {
  runtime.Evaluate(rule, view, seed, out);
  out.bound_note.clear();
  const bool reads_unknown = std::any_of(out.reads.begin(), out.reads.end(), IsUnknownRead);
  if (!reads_unknown) {
    const bool ok = out.status == RuleStatus::kOk;
    out.lower = ok ? out.score : 0.0;
    out.upper = ok ? out.score : 1.0;
    return;
  }
  BoundSearch search(runtime, rule, view, seed);
  search.Run(out);
  out.lower = search.lower();
  out.upper = search.upper();
  out.bound_note = search.note();
}

std::pair<double, double> BoundsWithFact(RuleRuntime& runtime, int rule, const FactView& view, uint64_t seed,
                                         FactId fact, GroupId group, const FactValue& value) {
  BoundSearch search(runtime, rule, view, seed);
  search.Fix(fact, group, value);
  search.Run();
  return {search.lower(), search.upper()};
}

}  // namespace workrights
