#include "reports/format/mustache_tags.h"

namespace workrights {
namespace {

std::string Trim(std::string_view s) {
  const char* kSpace = " \t\r\n";
  size_t begin = s.find_first_not_of(kSpace);
  if (begin == std::string_view::npos) return "";
  return std::string(s.substr(begin, s.find_last_not_of(kSpace) - begin + 1));
}

// What a tag between {{ and }} is, from its first character; nullopt (with a diagnostic) for kinds not supported.
std::optional<MustacheTag> Classify(std::string_view inside, SourceLocation where, Diagnostics& diags) {
  std::string body = Trim(inside);
  MustacheTag tag{MustacheTag::Kind::kVariable, body, where.line, where.column, 0, 0};
  char first = body.empty() ? '\0' : body[0];
  switch (first) {
    case '#': tag.kind = MustacheTag::Kind::kSection; break;
    case '^': tag.kind = MustacheTag::Kind::kInverted; break;
    case '/': tag.kind = MustacheTag::Kind::kClose; break;
    case '&': tag.kind = MustacheTag::Kind::kUnescaped; break;
    case '!': return MustacheTag{MustacheTag::Kind::kComment, "", where.line, where.column, 0, 0};
    case '>':
      diags.Add(where, "partials ({{> name}}) are not supported", "copy the text of the other template in");
      return std::nullopt;
    case '=':
      diags.Add(where, "changing the delimiters ({{=<% %>=}}) is not supported");
      return std::nullopt;
    default: break;
  }
  if (tag.kind != MustacheTag::Kind::kVariable) tag.name = Trim(body.substr(1));
  if (tag.name.empty()) {
    diags.Add(where, "a tag without a name: '{{" + std::string(inside) + "}}'");
    return std::nullopt;
  }
  return tag;
}

}  // namespace

std::vector<MustacheTag> ScanMustacheTags(const std::string& file, std::string_view text, Diagnostics& diags) {
  std::vector<MustacheTag> tags;
  size_t pos = 0, line_start = 0;
  int line = 1;
  auto advance_to = [&](size_t to) {
    for (; pos < to; ++pos) {
      if (text[pos] == '\n') ++line, line_start = pos + 1;
    }
  };
  for (size_t open; (open = text.find("{{", pos)) != std::string_view::npos;) {
    advance_to(open);
    SourceLocation where{file, line, static_cast<int>(open - line_start) + 1, {}, {}};
    const bool triple = text.compare(open, 3, "{{{") == 0;
    const std::string_view close = triple ? "}}}" : "}}";
    const size_t start = open + (triple ? 3 : 2);
    const size_t end = text.find(close, start);
    if (end == std::string_view::npos) {
      diags.Add(where, "a tag opened here is never closed", "'" + std::string(close) + "' missing");
      break;
    }
    std::string_view inside = text.substr(start, end - start);
    if (size_t inner = inside.find("{{"); inner != std::string_view::npos) {
      // "{{name ... {{next}}": the first tag lacks its closing braces; go on from the next one.
      diags.Add(where, "a tag opened here is never closed", "'" + std::string(close) + "' missing");
      advance_to(start + inner);
      continue;
    }
    advance_to(end + close.size());
    if (triple) {
      std::string name = Trim(inside);
      if (name.empty()) diags.Add(where, "a tag without a name: '{{{" + std::string(inside) + "}}}'");
      else tags.push_back({MustacheTag::Kind::kUnescaped, name, where.line, where.column, open, end + 3});
    } else if (auto tag = Classify(inside, where, diags)) {
      tag->begin = open;
      tag->end = end + 2;
      tags.push_back(*tag);
    }
  }
  return tags;
}

}  // namespace workrights
