#include "reports/format/markdown_text.h"

namespace workrights {

std::string MarkdownCell(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '|': out += "\\|"; break;
      case '<': out += "&lt;"; break;  // Markdown renders raw HTML: keep text as text
      case '\\': out += "\\\\"; break;
      case '\n': out += "<br>"; break;
      case '\r': break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace workrights
