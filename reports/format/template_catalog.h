#pragma once
// The report templates workrights knows, and the variables each one's view holds: the contract between the C++
// that builds a view and the template an office may rewrite (docs/templates.md lists them for people).
//
// A schema is JSON: an object maps each variable to its kind. "text" is plain text, escaped where it lands
// ({{name}}); "html" is markup workrights made (a chart, a score with its interval), written with {{{name}}};
// "flag" is true or false, for {{#name}}…{{/name}}; a trailing "?" means the value may be false (absent); an
// object is a group of variables ({{group.name}}); an array of one object is a list, repeated with {{#list}}.
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace workrights {

/// How {{name}} escapes text: for HTML (& < > " ') or for Markdown (| \ < and line breaks).
enum class TemplateLanguage { kHtml, kMarkdown };

struct TemplateSpec {
  std::string_view name;  ///< the file name, e.g. "plan.md.mustache"
  TemplateLanguage language;
  nlohmann::json schema;
};

/// Every template, in name order.
const std::vector<TemplateSpec>& TemplateSpecs();
/// The template named `name`, or nullptr.
const TemplateSpec* FindTemplateSpec(std::string_view name);

}  // namespace workrights
