#pragma once
// Renders a report template with its view: the JSON a writer builds from the result model, in the shape its
// schema (template_catalog.h) gives. {{name}} escapes for the template's language; {{{name}}} writes markup
// workrights made.
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "reports/format/template_set.h"

namespace workrights {

/// The template `name` of `templates`, filled in from `view`. A view that does not match the template's schema
/// is a bug in the writer (std::logic_error), caught by the tests; templates were checked when they were read.
std::string RenderTemplate(const TemplateSet& templates, std::string_view name, const nlohmann::json& view);

/// A fragment of markup for a view: without its last line break, since the template puts the tag on a line of
/// its own.
std::string Fragment(std::string_view html);
/// An optional value for a view: the text, or false when it is empty (so {{#name}}…{{/name}} leaves it out).
nlohmann::json Optional(const std::string& text);

}  // namespace workrights
