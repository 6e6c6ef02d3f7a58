#include "reports/format/mustache_lines.h"

#include <algorithm>

#include "reports/format/mustache_tags.h"

namespace workrights {
namespace {

bool Blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

bool CanStandAlone(const MustacheTag& tag) {
  return tag.kind != MustacheTag::Kind::kVariable && tag.kind != MustacheTag::Kind::kUnescaped;
}

// Appends text (outside tags), with a line mark after each line break.
void AppendText(std::string& out, std::string_view text) {
  for (char c : text) {
    out += c;
    if (c == '\n') out += kLineMark;
  }
}

}  // namespace

std::string MarkMustacheLines(std::string_view text) {
  Diagnostics ignored;  // templates were checked when they were read
  std::string out(1, kLineMark);
  size_t pos = 0;  // what is copied to `out` so far
  for (const MustacheTag& tag : ScanMustacheTags("", text, ignored)) {
    const size_t newline_before = tag.begin == 0 ? std::string_view::npos : text.rfind('\n', tag.begin - 1);
    const size_t line_start = newline_before == std::string_view::npos ? 0 : newline_before + 1;
    const size_t newline_after = text.find('\n', tag.end);
    const size_t next_line = newline_after == std::string_view::npos ? text.size() : newline_after + 1;
    // Alone on its line: nothing copied from the line yet (no tag before it) and only blanks around it.
    const bool standalone = CanStandAlone(tag) && pos <= line_start &&
                            Blank(text.substr(line_start, tag.begin - line_start)) &&
                            Blank(text.substr(tag.end, next_line - tag.end));
    AppendText(out, text.substr(pos, (standalone ? line_start : tag.begin) - pos));
    out += text.substr(tag.begin, tag.end - tag.begin);
    pos = standalone ? next_line : tag.end;
  }
  AppendText(out, text.substr(pos));
  return out;
}

std::string StripLineMarks(std::string text) {
  text.erase(std::remove(text.begin(), text.end(), kLineMark), text.end());
  return text;
}

}  // namespace workrights
