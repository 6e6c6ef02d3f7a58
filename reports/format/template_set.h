#pragma once
// The templates reports are laid out with: those built into the binary, with any an office keeps in a folder of
// its own laid over them by file name (--templates DIR, or $WORKRIGHTS_TEMPLATES).
#include <map>
#include <string>
#include <string_view>

namespace workrights {

/// Names the folder of templates in the environment, for commands run without --templates.
inline constexpr const char* kTemplatesEnvVar = "WORKRIGHTS_TEMPLATES";

class TemplateSet {
 public:
  /// The built-in templates (reports/templates/ at build time).
  static const TemplateSet& BuiltIn();
  /// The built-in templates with every *.mustache file of `dir` in place of the one of the same name. Throws
  /// InputError, listing every problem with its file and line, when `dir` is missing or holds no template, when a
  /// file's name is no template's (with the closest name), or when a template does not check (template_check.h).
  static TemplateSet WithOverrides(const std::string& dir);

  /// The text of the template `name` ("plan.md.mustache"); throws std::logic_error for a name not built in.
  std::string_view Text(std::string_view name) const;
  /// Where that text comes from: the file in the office's folder, or "built-in reports/templates/NAME".
  const std::string& Origin(std::string_view name) const;

 private:
  struct Entry {
    std::string text;
    std::string origin;
  };
  const Entry& Get(std::string_view name) const;
  std::map<std::string, Entry, std::less<>> entries_;
};

}  // namespace workrights
