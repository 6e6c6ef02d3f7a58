#pragma once
// Word documents through pandoc (Debian's pandoc; scripts/install-deps installs it): the report's Markdown is
// converted, never re-written, so the .docx says what the .md says.
#include <optional>
#include <string>

#include "core/base/date.h"

namespace workrights {

/// Converts `markdown` to a .docx at `path`, atomically. pandoc runs without a shell; text from profiles cannot
/// make it read a file or fetch an address (images become their description) nor pass raw Word markup through
/// (raw HTML, TeX and {=openxml} blocks are read as text). SOURCE_DATE_EPOCH is set to `date`, so the same
/// inputs give the same bytes. Throws OutputError when pandoc is missing or fails, with its message.
void WriteDocx(const std::string& path, const std::string& markdown, const std::optional<Date>& date);

}  // namespace workrights
