#include "reports/monitoring/diff_view.h"

#include "reports/format/joined.h"
#include "reports/format/template_render.h"
#include "reports/format/words.h"
#include "reports/monitoring/diff_report.h"

namespace workrights {
namespace {

using Json = nlohmann::json;

}  // namespace

Json DiffView(const AssessmentDiff& d, TemplateLanguage language) {
  Json countries = Json::array();
  for (const auto& c : d.countries) {
    const std::string changes = language == TemplateLanguage::kHtml ? CountryChangesHtml(c) : CountryChangesMarkdown(c);
    countries.push_back({{"name", c.name}, {"iso3", c.iso3}, {"group", GroupWords(c.group)},
                         {"changes", Optional(Fragment(changes))}});
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
