#include "core/monitor/indicators.h"

#include <algorithm>

namespace workrights {
namespace {

// Sums of population x share, bound by bound, with the population whose share is known.
struct WeightedShares {
  double lower = 0, upper = 0, total = 0, known = 0;
  int countries_known = 0, countries_unknown = 0;

  void Add(const IndicatorShare& s, double population) {
    if (!s.share) return;
    lower += population * s.share->lower;
    upper += population * s.share->upper;
    total += population;
    if (s.known) {
      known += population;
      ++countries_known;
    } else {
      ++countries_unknown;
    }
  }

  IndicatorValue Result() const {
    IndicatorValue v;
    v.countries_known = countries_known;
    v.countries_unknown = countries_unknown;
    if (!(total > 0)) return v;
    v.value = Score{(lower + upper) / 2 / total, lower / total, upper / total};
    v.coverage = known / total;
    return v;
  }
};

// The known population facts of the country, summed; the unknown ones listed.
void ReadPopulation(const IndicatorInfo& info, const CountryAssessment& c, IndicatorCountry& out) {
  double sum = 0;
  bool any = false;
  for (FactId f : info.population) {
    const FactEntry* e = c.view.Get(f);
    const double* people = e ? std::get_if<double>(&e->value) : nullptr;
    if (!people) {
      out.population_missing.push_back(f);
      continue;
    }
    sum += *people;
    any = true;
  }
  if (any) out.population = sum;
}

IndicatorResult ComputeIndicator(const IndicatorInfo& info, const Assessment& a) {
  IndicatorResult r;
  r.info = &info;
  WeightedShares law, practice;
  for (const auto& c : a.countries) {
    IndicatorCountry ic;
    ic.country = &c;
    ReadPopulation(info, c, ic);
    if (info.law) ic.law = CombineShare(*info.law, c.results);
    if (info.practice) ic.practice = CombineShare(*info.practice, c.results);
    if (ic.population) {
      law.Add(ic.law, *ic.population);
      practice.Add(ic.practice, *ic.population);
      r.population += *ic.population;
    }
    r.countries.push_back(std::move(ic));
  }
  r.law = law.Result();
  r.practice = practice.Result();
  return r;
}

}  // namespace

IndicatorShare CombineShare(const IndicatorPart& part, const std::vector<RuleResult>& results) {
  IndicatorShare out;
  if (part.rules.empty()) return out;
  double lower = part.combine == IndicatorCombine::kMin ? 1 : 0, upper = lower;
  out.known = true;
  for (int r : part.rules) {
    const RuleResult& res = results[static_cast<size_t>(r)];
    // Every rule counts with its bounds, as in the aggregator: an unknown or failed rule is never left out.
    if (part.combine == IndicatorCombine::kMin) {
      lower = std::min(lower, res.lower);
      upper = std::min(upper, res.upper);
    } else {
      lower += res.lower;
      upper += res.upper;
    }
    if (res.status != RuleStatus::kOk) out.known = false;
  }
  if (part.combine == IndicatorCombine::kMean) {
    lower /= static_cast<double>(part.rules.size());
    upper /= static_cast<double>(part.rules.size());
  }
  out.share = Score{(lower + upper) / 2, lower, upper};
  return out;
}

IndicatorReport ComputeIndicators(const Assessment& assessment, std::optional<GroupId> group) {
  IndicatorReport report;
  report.assessment = &assessment;
  report.group = group;
  for (const auto& info : assessment.pack->indicators) report.indicators.push_back(ComputeIndicator(info, assessment));
  return report;
}

}  // namespace workrights
