#pragma once
// --templates DIR: an office's report templates laid over the built-in ones (docs/templates.md).
#include <string>

#include "core/cli/command.h"
#include "reports/format/template_set.h"

namespace workrights::cli {

/// Adds --templates DIR.
void AddTemplatesOption(po::options_description& desc, std::string& dir);

/// The templates reports are laid out with: those of --templates `dir`, else of $WORKRIGHTS_TEMPLATES when set,
/// over the built-in ones. Throws InputError (exit 2, nothing written) for a folder that does not check.
TemplateSet LoadTemplates(const std::string& dir);

}  // namespace workrights::cli
