#include "reports/format/view_parts.h"

#include "reports/format/evidence_sources.h"
#include "reports/format/html.h"
#include "reports/format/score_format.h"
#include "reports/format/template_render.h"

namespace workrights {

nlohmann::json ScoreView(const std::optional<Score>& score) {
  return {{"text", ScoreText(score)}, {"html", HtmlScore(score)}};
}

nlohmann::json SourceView(const Source& s, bool first) {
  return {{"first", first},
          {"title", s.title},
          {"url", s.url},
          {"publisher", s.publisher},
          {"date", SourceDateText(s)},
          {"copy_url", Optional(s.copy_url)},
          {"copy_note", Optional(s.copy_note)}};
}

nlohmann::json SourcesView(const RuleResult& result, const CountryProfile& profile) {
  nlohmann::json sources = nlohmann::json::array();
  for (const Source* s : SourcesOf(result, profile)) sources.push_back(SourceView(*s, First(sources.size())));
  return sources;
}

}  // namespace workrights
