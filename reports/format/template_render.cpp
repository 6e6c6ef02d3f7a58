#include "reports/format/template_render.h"

#include <stdexcept>

#include <kainjow/mustache.hpp>

#include "reports/format/html.h"
#include "reports/format/markdown_text.h"
#include "reports/format/mustache_lines.h"
#include "reports/format/template_catalog.h"

namespace workrights {
namespace {

using Json = nlohmann::json;

// Throws std::logic_error at the first place `view` differs from `schema` (a key missing or extra, a wrong type).
void CheckView(const Json& view, const Json& schema, const std::string& where) {
  auto fail = [&](const std::string& why) { throw std::logic_error("template view " + where + ": " + why); };
  if (schema.is_object()) {
    if (!view.is_object()) fail("not an object");
    for (const auto& [key, child] : schema.items()) {
      if (!view.contains(key)) fail("'" + key + "' missing");
      CheckView(view[key], child, where + "/" + key);
    }
    if (view.size() != schema.size()) fail("a key the schema does not name");
  } else if (schema.is_array()) {
    if (!view.is_array()) fail("not a list");
    for (size_t i = 0; i < view.size(); ++i) CheckView(view[i], schema[0], where + "/" + std::to_string(i));
  } else {
    const std::string kind = schema.get<std::string>();
    const bool optional = kind.back() == '?';
    if (kind == "flag" ? !view.is_boolean() : !(view.is_string() || (optional && view == false))) fail("not " + kind);
  }
}

kainjow::mustache::data ToData(const Json& view) {
  if (view.is_string()) return kainjow::mustache::data(view.get<std::string>());
  if (view.is_boolean()) return kainjow::mustache::data(view.get<bool>());
  if (view.is_array()) {
    kainjow::mustache::list list;
    for (const auto& item : view) list.push_back(ToData(item));
    return kainjow::mustache::data(list);
  }
  kainjow::mustache::object object;
  for (const auto& [key, value] : view.items()) object.emplace(key, ToData(value));
  return kainjow::mustache::data(object);
}

}  // namespace

std::string RenderTemplate(const TemplateSet& templates, std::string_view name, const Json& view) {
  const TemplateSpec* spec = FindTemplateSpec(name);
  if (!spec) throw std::logic_error("no template named " + std::string(name));
  CheckView(view, spec->schema, std::string(name));
  kainjow::mustache::mustache tmpl{MarkMustacheLines(templates.Text(name))};
  if (spec->language == TemplateLanguage::kHtml) {
    tmpl.set_custom_escape([](const std::string& s) { return HtmlEscape(s); });
  } else {
    tmpl.set_custom_escape([](const std::string& s) { return MarkdownCell(s); });
  }
  std::string out = tmpl.render(ToData(view));
  if (!tmpl.is_valid()) throw std::logic_error(templates.Origin(name) + ": " + tmpl.error_message());
  return StripLineMarks(std::move(out));
}

std::string Fragment(std::string_view html) {
  if (!html.empty() && html.back() == '\n') html.remove_suffix(1);
  return std::string(html);
}

Json Optional(const std::string& text) { return text.empty() ? Json(false) : Json(text); }

}  // namespace workrights
