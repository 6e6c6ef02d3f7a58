#include "reports/monitoring/diff_view.h"

#include "reports/format/joined.h"
#include "reports/format/template_render.h"
#include "reports/format/words.h"
#include "reports/monitoring/diff_report.h"

namespace workrights {
using Json = nlohmann::json;

Json DiffView(const AssessmentDiff& d) {
  Json countries = Json::array();
  for (const auto& c : d.countries) {
    Json country = CountryChangesView(c);
    country.update({{"name", c.name}, {"iso3", c.iso3}, {"group", GroupWords(c.group)}});
    countries.push_back(country);
  }
  const size_t n = d.countries.size();
  return {{"before", DiffSideText(*d.before, *d.after)},
          {"after", DiffSideText(*d.after, *d.before)},
          {"changed", !d.Empty()},
          {"countries_changed", std::to_string(n) + (n == 1 ? " country" : " countries")},
          {"added", Optional(Joined(d.added, ", "))},
          {"removed", Optional(Joined(d.removed, ", "))},
          {"countries", countries}};
}

}  // namespace workrights
