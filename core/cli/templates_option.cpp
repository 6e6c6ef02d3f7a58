#include "core/cli/templates_option.h"

#include <cstdlib>

namespace workrights::cli {

void AddTemplatesOption(po::options_description& desc, std::string& dir) {
  desc.add_options()("templates", po::value(&dir)->value_name("DIR"),
                     "lay the report out with the templates (*.mustache) in DIR, each in place of the built-in one "
                     "of its name (docs/templates.md); default: $WORKRIGHTS_TEMPLATES, else the built-in ones");
}

TemplateSet LoadTemplates(const std::string& dir) {
  const char* env = std::getenv(kTemplatesEnvVar);
  std::string chosen = !dir.empty() ? dir : env ? env : "";
  return chosen.empty() ? TemplateSet::BuiltIn() : TemplateSet::WithOverrides(chosen);
}

}  // namespace workrights::cli
