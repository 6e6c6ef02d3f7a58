#include "reports/format/template_check.h"

#include <algorithm>
#include <cstdlib>

#include <kainjow/mustache.hpp>

#include "core/base/spellcheck.h"
#include "reports/format/mustache_tags.h"

namespace workrights {
namespace {

using Json = nlohmann::json;

// The variables visible at one place of a template: the view, then each section's object or list item.
class Scopes {
 public:
  explicit Scopes(const Json& root) : stack_{&root} {}

  // As Mustache looks a name up: innermost scope first, a dotted name followed from each scope in turn.
  const Json* Resolve(const std::string& name) const {
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
      const Json* node = *it;
      size_t begin = 0;
      while (node) {
        size_t dot = name.find('.', begin);
        std::string part = name.substr(begin, dot == std::string::npos ? std::string::npos : dot - begin);
        node = node->is_object() && node->contains(part) ? &(*node)[part] : nullptr;
        if (dot == std::string::npos) break;
        begin = dot + 1;
      }
      if (node) return node;
    }
    return nullptr;
  }

  std::vector<std::string> Names() const {
    std::vector<std::string> names;
    for (const Json* scope : stack_) {
      for (const auto& [key, value] : scope->items()) names.push_back(key);
    }
    return names;
  }

  void Push(const Json* scope) { stack_.push_back(scope); }
  void Pop() { stack_.pop_back(); }

 private:
  std::vector<const Json*> stack_;
};

std::string KindOf(const Json& node) {
  if (node.is_array()) return "list";
  if (node.is_object()) return "group";
  std::string kind = node.get<std::string>();
  return kind.back() == '?' ? kind.substr(0, kind.size() - 1) : kind;
}

// Why a variable of kind `kind` cannot be written by `tag`, or "" when it can.
std::string MisuseOf(const MustacheTag& tag, const std::string& kind, TemplateLanguage language) {
  const std::string& n = tag.name;
  if (kind == "list") return "'" + n + "' is a list: repeat it with {{#" + n + "}}…{{/" + n + "}}";
  if (kind == "group") return "'" + n + "' is a group of variables: write one of them, as {{" + n + ".name}}";
  if (kind == "flag") return "'" + n + "' is true or false: use it as {{#" + n + "}}…{{/" + n + "}}";
  bool unescaped = tag.kind == MustacheTag::Kind::kUnescaped;
  if (kind == "html" && !unescaped) return "'" + n + "' is markup made by workrights: write {{{" + n + "}}}";
  if (kind == "text" && unescaped && language == TemplateLanguage::kHtml) {
    return "'" + n + "' is text and must be escaped: write {{" + n + "}}";
  }
  return "";
}

struct OpenSection {
  const MustacheTag* tag;
  bool pushed;
};

void CheckTags(const std::vector<MustacheTag>& tags, const std::string& file, const TemplateSpec& spec,
               Diagnostics& diags) {
  Scopes scopes(spec.schema);
  std::vector<OpenSection> open;
  for (const MustacheTag& tag : tags) {
    SourceLocation where{file, tag.line, tag.column, {}, {}};
    if (tag.kind == MustacheTag::Kind::kComment) continue;
    if (tag.kind == MustacheTag::Kind::kClose) {
      if (open.empty()) {
        diags.Add(where, "{{/" + tag.name + "}} closes no open section");
        continue;
      }
      if (open.back().tag->name != tag.name) {
        diags.Add(where, "{{/" + tag.name + "}} is out of place: the section open here is '" + open.back().tag->name +
                             "' (line " + std::to_string(open.back().tag->line) + ")");
        continue;
      }
      if (open.back().pushed) scopes.Pop();
      open.pop_back();
      continue;
    }
    const Json* node = scopes.Resolve(tag.name);
    if (!node) {
      diags.Add(where, "unknown variable '" + tag.name + "'", DidYouMean(tag.name, scopes.Names()));
      if (tag.kind == MustacheTag::Kind::kSection || tag.kind == MustacheTag::Kind::kInverted) open.push_back({&tag, false});
      continue;
    }
    if (tag.kind == MustacheTag::Kind::kSection || tag.kind == MustacheTag::Kind::kInverted) {
      const Json* scope = node->is_array() ? &(*node)[0] : node->is_object() ? node : nullptr;
      bool push = tag.kind == MustacheTag::Kind::kSection && scope;
      if (push) scopes.Push(scope);
      open.push_back({&tag, push});
    } else if (std::string why = MisuseOf(tag, KindOf(*node), spec.language); !why.empty()) {
      diags.Add(where, why);
    }
  }
  for (const OpenSection& s : open) {
    diags.Add(SourceLocation{file, s.tag->line, s.tag->column, {}, {}},
              "section '" + s.tag->name + "' opened here is never closed", "add {{/" + s.tag->name + "}}");
  }
}

// Mustache's own parser, as a last guard: its message gives an offset, turned here into a line.
void CheckParses(const std::string& file, std::string_view text, Diagnostics& diags) {
  kainjow::mustache::mustache parsed{std::string(text)};
  if (parsed.is_valid()) return;
  const std::string& message = parsed.error_message();
  size_t at = message.rfind(" at ");
  int line = 0;
  if (at != std::string::npos) {
    size_t offset = std::min(text.size(), static_cast<size_t>(std::strtoul(message.c_str() + at + 4, nullptr, 10)));
    line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n'));
  }
  diags.Add(SourceLocation{file, line, 0, {}, {}}, message);
}

}  // namespace

void CheckTemplate(const std::string& file, std::string_view text, const TemplateSpec& spec, Diagnostics& diags) {
  Diagnostics found;
  CheckTags(ScanMustacheTags(file, text, found), file, spec, found);
  if (found.empty()) CheckParses(file, text, found);
  diags.Append(found);
}

}  // namespace workrights
