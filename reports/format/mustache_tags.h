#pragma once
// The tags of a Mustache template, with their places, so a template an office wrote can be checked before it is
// used and every problem named by file, line and column.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/diagnostics.h"

namespace workrights {

struct MustacheTag {
  enum class Kind { kVariable, kUnescaped, kSection, kInverted, kClose, kComment };
  Kind kind;
  std::string name;  ///< trimmed; empty for a comment
  int line;          ///< 1-based
  int column;        ///< 1-based, of the opening braces
  size_t begin;      ///< byte offset of the opening braces
  size_t end;        ///< byte offset just after the closing braces
};

/// The tags of `text` in order. A tag never closed, one without a name, a partial ({{> x}}) or a change of
/// delimiters ({{=<% %>=}}), which workrights templates do not use, is reported in `diags` against `file`.
std::vector<MustacheTag> ScanMustacheTags(const std::string& file, std::string_view text, Diagnostics& diags);

}  // namespace workrights
