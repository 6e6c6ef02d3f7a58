#pragma once
// Checks a report template against the view it will be given (template_catalog.h) before anything is computed,
// so a mistake in an office's template is a located error, never a silently blank heading.
#include <string>
#include <string_view>

#include "core/base/diagnostics.h"
#include "reports/format/template_catalog.h"

namespace workrights {

/// Adds to `diags`, located in `file`, every problem of `text` as the template `spec`: a tag never closed, a
/// section closed out of order or never, a variable its view does not hold (with the closest name), or a variable
/// used as it cannot be (a list as text, text unescaped in HTML, markup escaped).
void CheckTemplate(const std::string& file, std::string_view text, const TemplateSpec& spec, Diagnostics& diags);

}  // namespace workrights
