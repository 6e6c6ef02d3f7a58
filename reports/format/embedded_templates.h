#pragma once
// The report templates built into the binary (reports/templates/*.mustache, turned into C++ at build time by
// cmake/embed_templates.cmake), so reports need no file beside the binary; --templates DIR lays an office's over them.
#include <span>
#include <string_view>

namespace workrights {

struct EmbeddedTemplate {
  std::string_view name;  ///< the file name, e.g. "plan.md.mustache"
  std::string_view text;
};

/// Every built-in template, sorted by name.
std::span<const EmbeddedTemplate> EmbeddedTemplates();

}  // namespace workrights
