#pragma once
// Lines as the Mustache specification has them, on top of kainjow's renderer. The specification removes a
// "standalone" line — one holding nothing but a section, inverted section, closing or comment tag — whatever
// the section renders; kainjow removes it only when the section is rendered, so a section left out left a blank
// line behind. Here standalone lines are removed before kainjow sees the template, and every line is marked so
// that kainjow's own removal never fires.
#include <string>
#include <string_view>

namespace workrights {

/// Marks the start of each line for kainjow; StripLineMarks takes it out of the output (and out of any data).
inline constexpr char kLineMark = '\x01';

/// `text` with its standalone lines reduced to their tag and a kLineMark at the start of every line.
std::string MarkMustacheLines(std::string_view text);
/// The rendered text without its line marks.
std::string StripLineMarks(std::string text);

}  // namespace workrights
