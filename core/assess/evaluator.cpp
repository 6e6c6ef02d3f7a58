#include "core/assess/evaluator.h"

#include <algorithm>

#include "core/assess/aggregator.h"
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
      diags.Add(SourceLocation{}, "no profile for country \"" + code + "\"", DidYouMean(upper, dataset.Codes()));
    } else if (std::find(out.begin(), out.end(), p) == out.end()) {
      out.push_back(p);
    }
  }
  diags.ThrowIfAny();
  std::sort(out.begin(), out.end(), [](const CountryProfile* a, const CountryProfile* b) { return a->iso3 < b->iso3; });
  return out;
}

Assessment Assess(const RulePack& pack, const Dataset& dataset, WorkerPool& pool, const AssessOptions& options) {
  Assessment a;
  a.pack = &pack.info;
  a.dataset = &dataset;
  a.as_of = options.as_of;
  for (const CountryProfile* p : SelectCountries(dataset, options.countries)) {
    CountryAssessment c;
    c.profile = p;
    c.view = MakeFactView(*p, options.as_of);
    c.results.resize(pack.info.rules.size());
    a.countries.push_back(std::move(c));
  }
  pool.ParallelFor(a.countries.size(), [&](RuleRuntime& rt, size_t i) {
    CountryAssessment& c = a.countries[i];
    for (size_t r = 0; r < pack.info.rules.size(); ++r) rt.Evaluate(static_cast<int>(r), c.view, options.seed, c.results[r]);
    Aggregate(pack.info, c);
  });
  return a;
}

}  // namespace workrights
