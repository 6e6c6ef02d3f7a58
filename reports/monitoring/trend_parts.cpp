#include "reports/monitoring/trend_parts.h"

#include "core/model/fact_value.h"
#include "reports/format/words.h"

namespace workrights::trend_parts {

std::string Heading(const CountryTrend& c, const FactCatalogue& cat) {
  return c.profile->name + " (" + c.profile->iso3 + "), " + GroupWords(cat, c.group);
}

std::string EventFact(const TrendEvent& e, const FactCatalogue& cat) {
  const FactSpec* spec = cat.Find(e.fact);
  return spec ? spec->label : e.fact;
}

std::string EventValue(const TrendEvent& e) {
  return FactValueToText(e.entry->value) + (e.entry->inferred ? " (inferred)" : "");
}

std::string EventText(const TrendEvent& e, const FactCatalogue& cat) {
  return e.date.ToString() + ": " + EventFact(e, cat) + " = " + EventValue(e);
}

std::string EventSources(const CountryTrend& c, const TrendEvent& e) {
  std::string out;
  for (const auto& id : e.entry->sources) {
    if (const Source* s = c.profile->FindSource(id)) out += (out.empty() ? "" : "; ") + s->title;
  }
  return out;
}

}  // namespace workrights::trend_parts
