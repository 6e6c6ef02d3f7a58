#include "reports/format/html.h"

#include "reports/format/score_format.h"

#include <cstdio>

#include "core/base/version.h"
#include "reports/format/template_render.h"

namespace workrights {

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string HtmlScore(const std::optional<double>& x) {
  if (!x) return "<span class=\"unknown\">unknown</span>";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", *x);
  return buf;
}

std::string HtmlScore(const std::optional<Score>& x) {
  if (!x) return "<span class=\"unknown\">none</span>";
  std::string out = Fixed(x->point, 2);
  if (!x->exact()) out += " <span class=\"interval\">" + IntervalText(x) + "</span>";
  return out;
}

// The page around every HTML report: head, styles and footer come from page.html.mustache.
std::string HtmlPage(const std::string& title, const std::string& body, const PackInfo& pack, const Dataset& dataset,
                     const std::string& extra_footer, const TemplateSet& templates) {
  nlohmann::json view = {{"title", title},
                         {"body", body},
                         {"engine_version", std::string(kEngineVersion)},
                         {"pack", {{"name", pack.name}, {"version", pack.version}, {"hash", pack.hash.substr(0, 16)}}},
                         {"dataset_hash", dataset.hash.substr(0, 16)},
                         {"schema_version", std::string(kSchemaVersion)},
                         {"footer_note", Optional(extra_footer)}};
  return RenderTemplate(templates, "page.html.mustache", view);
}

}  // namespace workrights
