#include "core/assess/evaluator.h"

#include <algorithm>
#include <filesystem>

#include "core/assess/aggregator.h"
#include "core/assess/rule_bounds.h"
#include "core/assess/value_of_information.h"
#include "core/base/spellcheck.h"

namespace workrights {

std::vector<const CountryProfile*> SelectCountries(const Dataset& dataset, const std::vector<std::string>& codes) {
  std::vector<const CountryProfile*> out;
  if (codes.empty()) {
    for (const auto& c : dataset.countries) out.push_back(&c);
    return out;
  }
  Diagnostics diags;
  for (const auto& code : codes) {
    std::string upper = code;
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char ch) { return std::toupper(ch); });
    const CountryProfile* p = dataset.Find(upper);
    if (!p) {
      // Located at the folder it was looked for in: the data given may not be the data meant.
      std::string folder = dataset.root.empty() ? "" : (std::filesystem::path(dataset.root) / "profiles").string();
      diags.Add(SourceLocation{folder, 0, 0, {}, {}}, "no profile for country \"" + code + "\"",
                DidYouMean(upper, dataset.Codes()));
    } else if (std::find(out.begin(), out.end(), p) == out.end()) {
      out.push_back(p);
    }
  }
  diags.ThrowIfAny();
  std::sort(out.begin(), out.end(), [](const CountryProfile* a, const CountryProfile* b) { return a->iso3 < b->iso3; });
  return out;
}

namespace {

std::vector<const RuleResult*> ResultPointers(const CountryAssessment& c) {
  std::vector<const RuleResult*> out;
  for (const auto& r : c.results) out.push_back(&r);
  return out;
}

/// (country, group) pairs to assess, by ISO3 then catalogue group order.
std::vector<std::pair<const CountryProfile*, GroupId>> Targets(const Dataset& dataset, const AssessOptions& options) {
  std::vector<std::pair<const CountryProfile*, GroupId>> out;
  for (const CountryProfile* p : SelectCountries(dataset, options.countries)) {
    if (options.all_groups) {
      for (GroupId g : DescribedGroups(*p, dataset.catalogue)) out.emplace_back(p, g);
    } else if (!options.group) {
      out.emplace_back(p, p->primary_group);
    } else if (HasGroupData(*p, dataset.catalogue, *options.group)) {
      out.emplace_back(p, *options.group);
    }
  }
  return out;
}

// Evaluates every rule on the country (with bounds), aggregates, and ranks the facts worth collecting.
void AssessCountry(RuleRuntime& rt, const PackInfo& pack, const AssessOptions& options, CountryAssessment& c) {
  for (size_t r = 0; r < pack.rules.size(); ++r) {
    EvaluateWithBounds(rt, static_cast<int>(r), c.view, options.seed, c.results[r]);
  }
  std::vector<double> domain_weights, rule_weights;
  for (const auto& d : pack.domains) domain_weights.push_back(d.weight);
  for (const auto& rule : pack.rules) rule_weights.push_back(rule.weight);
  AggregateResults(pack, domain_weights, rule_weights, ResultPointers(c).data(), true, c);
  RankFactsToCollect(rt, domain_weights, rule_weights, options.seed, c);
}

}  // namespace

std::vector<GroupId> DescribedGroups(const CountryProfile& p, const FactCatalogue& catalogue) {
  std::vector<bool> described(catalogue.groups().size(), false);
  described[static_cast<size_t>(p.primary_group)] = true;
  for (size_t f = 0; f < p.facts.size(); ++f) {
    if (!p.by_group[f]) continue;
    for (const auto& e : p.facts[f]) described[static_cast<size_t>(e.group)] = true;
  }
  std::vector<GroupId> out;
  for (size_t g = 0; g < described.size(); ++g) {
    if (described[g]) out.push_back(static_cast<GroupId>(g));
  }
  return out;
}

bool HasGroupData(const CountryProfile& p, const FactCatalogue& catalogue, GroupId group) {
  std::vector<GroupId> described = DescribedGroups(p, catalogue);
  return std::find(described.begin(), described.end(), group) != described.end();
}

Assessment Assess(const RulePack& pack, const Dataset& dataset, WorkerPool& pool, const AssessOptions& options) {
  Assessment a;
  a.pack = &pack.info;
  a.dataset = &dataset;
  a.as_of = options.as_of;
  for (const auto& [p, group] : Targets(dataset, options)) {
    CountryAssessment c;
    c.profile = p;
    c.view = MakeFactView(*p, options.as_of, group);
    c.results.resize(pack.info.rules.size());
    a.countries.push_back(std::move(c));
  }
  RunGuarded(pool.guard(), [&] {
    pool.ParallelFor(a.countries.size(), [&](RuleRuntime& rt, size_t i) { AssessCountry(rt, pack.info, options, a.countries[i]); });
    return true;
  });
  return a;
}

}  // namespace workrights
