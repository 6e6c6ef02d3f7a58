#include "reports/format/template_set.h"

#include <filesystem>
#include <stdexcept>

#include "core/base/diagnostics.h"
#include "core/base/input_files.h"
#include "core/base/spellcheck.h"
#include "reports/format/embedded_templates.h"
#include "reports/format/template_catalog.h"
#include "reports/format/template_check.h"

namespace workrights {
namespace {

std::vector<std::string> TemplateNames() {
  std::vector<std::string> names;
  for (const auto& spec : TemplateSpecs()) names.emplace_back(spec.name);
  return names;
}

// Reads and checks one of the office's files; adds its problems to `diags`.
void ReadOverride(const std::filesystem::path& file, std::string& text, Diagnostics& diags) {
  const std::string name = file.filename().string();
  const TemplateSpec* spec = FindTemplateSpec(name);
  if (!spec) {
    diags.Add(SourceLocation{file.string(), 0, 0, {}, {}}, "no report uses a template named '" + name + "'",
              DidYouMean(name, TemplateNames()));
    return;
  }
  text = ReadTextFile(file.string(), 1u << 20);
  CheckTemplate(file.string(), text, *spec, diags);
}

}  // namespace

const TemplateSet& TemplateSet::BuiltIn() {
  static const TemplateSet kBuiltIn = [] {
    TemplateSet set;
    for (const EmbeddedTemplate& t : EmbeddedTemplates()) {
      set.entries_[std::string(t.name)] = {std::string(t.text), "built-in reports/templates/" + std::string(t.name)};
    }
    return set;
  }();
  return kBuiltIn;
}

TemplateSet TemplateSet::WithOverrides(const std::string& dir) {
  if (!PathExists(dir) || !std::filesystem::is_directory(dir)) {
    ThrowInputError(SourceLocation{dir, 0, 0, {}, {}}, "templates folder not found");
  }
  TemplateSet set = BuiltIn();
  Diagnostics diags;
  std::vector<std::filesystem::path> files = ListInputFiles(dir, ".mustache", diags);
  if (files.empty() && diags.empty()) {
    diags.Add(SourceLocation{dir, 0, 0, {}, {}}, "no template (*.mustache) in the templates folder",
              "copy one from reports/templates/ and change it");
  }
  for (const auto& file : files) {
    std::string text;
    ReadOverride(file, text, diags);
    if (FindTemplateSpec(file.filename().string())) set.entries_[file.filename().string()] = {text, file.string()};
  }
  diags.ThrowIfAny();
  return set;
}

const TemplateSet::Entry& TemplateSet::Get(std::string_view name) const {
  auto it = entries_.find(name);
  if (it == entries_.end()) throw std::logic_error("no built-in template named " + std::string(name));
  return it->second;
}

std::string_view TemplateSet::Text(std::string_view name) const { return Get(name).text; }

const std::string& TemplateSet::Origin(std::string_view name) const { return Get(name).origin; }

}  // namespace workrights
