#pragma once
// Escaping for Markdown tables and text: pipes, backslashes and line breaks must not break a table row.
#include <string>
#include <string_view>

namespace workrights {

std::string MarkdownCell(std::string_view text);

}  // namespace workrights
