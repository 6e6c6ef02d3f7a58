#include "core/simulate/scenario_sense.h"

#include <algorithm>
#include <set>

#include "core/model/fact_view.h"

namespace workrights {
namespace {

/// The values a fact can take in one country, over every draw and every subset of pledges.
struct Interval {
  double lo, hi;
  Interval Hull(Interval o) const { return {std::min(lo, o.lo), std::max(hi, o.hi)}; }
};

Interval Spread(const std::optional<Distribution>& d, double point) {
  if (!d || d->kind == DistributionKind::kCategorical) return {point, point};
  return {d->min, d->max};
}

Interval Apply(const FactChange& ch, Interval base) {
  if (ch.op == ChangeOp::kSet) return Spread(ch.distribution, std::get<double>(ch.value));
  Interval a = Spread(ch.distribution, ch.amount);
  if (ch.op == ChangeOp::kAdd) return {base.lo + a.lo, base.hi + a.hi};
  double corners[] = {base.lo * a.lo, base.lo * a.hi, base.hi * a.lo, base.hi * a.hi};
  return {*std::min_element(corners, corners + 4), *std::max_element(corners, corners + 4)};
}

/// Where the fact starts in `country`: its value with the profile's and the scenario's uncertainty; nothing
/// when unknown (adding to or scaling an unknown leaves it unknown).
std::optional<Interval> Start(const Scenario& s, const FactView& view, const std::string& iso3, FactId fact,
                              GroupId group) {
  const FactEntry* entry = view.Get(fact, group);
  if (!entry || !std::holds_alternative<double>(entry->value)) return std::nullopt;
  double value = std::get<double>(entry->value);
  Interval range = Spread(entry->uncertainty, value).Hull({value, value});
  for (const auto& u : s.uncertain) {
    bool covers = u.countries.empty() || std::find(u.countries.begin(), u.countries.end(), iso3) != u.countries.end();
    if (covers && u.fact == fact && u.group.value_or(view.group) == group) range = range.Hull(Spread(u.distribution, 0));
  }
  return range;
}

std::string Text(double v) { return FactValueToText(FactValue{v}); }

/// The end of `values` that lies outside the fact's range, if one does.
std::optional<double> Outside(const FactSpec& spec, Interval values) {
  if (spec.min && values.lo < *spec.min) return values.lo;
  if (spec.max && values.hi > *spec.max) return values.hi;
  return std::nullopt;
}

std::string RangeText(const FactSpec& spec) {
  if (spec.min && spec.max) return "from " + Text(*spec.min) + " to " + Text(*spec.max);
  return spec.min ? "at least " + Text(*spec.min) : "at most " + Text(*spec.max);
}

/// Follows one number fact of one country through the pledges in order, each optional.
void FollowFact(const Scenario& s, const FactSpec& spec, GroupId group, const FactView& view, const std::string& iso3,
                std::set<const FactChange*>& reported, Diagnostics& diags) {
  std::optional<Interval> now = Start(s, view, iso3, spec.id, group);
  for (const auto& pledge : s.pledges) {
    if (pledge.effective > s.as_of || !pledge.Covers(iso3)) continue;
    for (const auto& ch : pledge.changes) {
      if (ch.fact != spec.id || ch.group.value_or(view.group) != group) continue;
      if (!now && ch.op != ChangeOp::kSet) continue;
      Interval next = Apply(ch, now.value_or(Interval{0, 0}));
      now = now ? now->Hull(next) : next;
      std::optional<double> outside = Outside(spec, next);
      if (!outside || !reported.insert(&ch).second) continue;
      diags.Add(ch.where, "in " + iso3 + " this change can take \"" + spec.path + "\" to " + Text(*outside) +
                              ", outside its range (" + RangeText(spec) + ")",
                "keep the result within the catalogue's range for every country the pledge covers");
    }
  }
}

void CheckChanges(const Scenario& s, const Dataset& ds, Diagnostics& diags) {
  std::set<std::pair<FactId, std::optional<GroupId>>> changed;  // number facts with a range
  for (const auto& p : s.pledges) {
    for (const auto& ch : p.changes) {
      const FactSpec& spec = ds.catalogue.Get(ch.fact);
      if (spec.type == FactType::kNumber && (spec.min || spec.max)) changed.insert({ch.fact, ch.group});
    }
  }
  std::set<const FactChange*> reported;  // each change once, at the first country where it goes wrong
  for (const auto& country : ds.countries) {
    FactView view = MakeFactView(country, s.as_of);
    for (const auto& [fact, group] : changed) {
      FollowFact(s, ds.catalogue.Get(fact), group.value_or(view.group), view, country.iso3, reported, diags);
    }
  }
}

/// The largest weight each domain (and each rule) can take under the scenario's ranges.
void CheckWeights(const Scenario& s, const PackInfo& pack, Diagnostics& diags) {
  std::vector<double> domain(pack.domains.size()), rule(pack.rules.size());
  for (size_t d = 0; d < domain.size(); ++d) domain[d] = pack.domains[d].weight;
  for (size_t r = 0; r < rule.size(); ++r) rule[r] = pack.rules[r].weight;
  SourceLocation domains_at, rules_at;
  for (const auto& w : s.weights) {
    (w.domain ? domain : rule)[static_cast<size_t>(w.index)] = w.max;
    (w.domain ? domains_at : rules_at) = w.where;
  }
  double all = 0;
  for (double w : domain) all += w;
  if (!(all > 0)) diags.Add(domains_at, "under these weight ranges every domain weight is 0", "let one be above 0");
  for (size_t d = 0; d < domain.size(); ++d) {
    double sum = 0;
    bool ranged = false;
    for (size_t r = 0; r < rule.size(); ++r) {
      if (pack.rules[r].domain != static_cast<int>(d)) continue;
      sum += rule[r];
      for (const auto& w : s.weights) ranged = ranged || (!w.domain && w.index == static_cast<int>(r));
    }
    if (ranged && !(sum > 0)) {
      diags.Add(rules_at, "under these weight ranges every rule of domain \"" + pack.domains[d].id + "\" weighs 0",
                "let one of its rules weigh more than 0");
    }
  }
}

}  // namespace

void CheckScenarioSense(const Scenario& scenario, const Dataset& dataset, const PackInfo& pack, Diagnostics& diags) {
  CheckChanges(scenario, dataset, diags);
  CheckWeights(scenario, pack, diags);
}

}  // namespace workrights
