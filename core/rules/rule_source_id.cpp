// Reads a rule's id from its Lua text with a small tokenizer: enough of Lua's lexical rules (comments, short
// and long strings, names, numbers) to know which `id = "..."` sits at the top level of the returned table.
#include "core/rules/rule_source_id.h"

#include <cctype>
#include <vector>

namespace workrights {
namespace {

struct Token {
  enum class Kind { kName, kString, kNumber, kSymbol };
  Kind kind;
  std::string text;    ///< a string's content, without its quotes
  bool plain = true;   ///< false for a string with escapes (its text is not its value)
  int block = 0;       ///< keyword blocks (function, do, if, repeat) open before this token
  int bracket = 0;     ///< brackets ( [ { open before this token
};

// The level of a long bracket "[==[" starting at `pos` (the number of '='), or -1 when there is none.
int LongBracketLevel(std::string_view s, size_t pos) {
  if (pos >= s.size() || s[pos] != '[') return -1;
  size_t p = pos + 1;
  while (p < s.size() && s[p] == '=') ++p;
  return p < s.size() && s[p] == '[' ? static_cast<int>(p - pos - 1) : -1;
}

// Skips a long bracket of `level` opened at `pos`; returns the position after its close, or npos when unclosed.
size_t SkipLongBracket(std::string_view s, size_t pos, int level, std::string* content) {
  size_t open_end = pos + static_cast<size_t>(level) + 2;
  std::string close = "]" + std::string(static_cast<size_t>(level), '=') + "]";
  size_t end = s.find(close, open_end);
  if (end == std::string_view::npos) return end;
  if (content) *content = std::string(s.substr(open_end, end - open_end));
  return end + close.size();
}

// A quoted string opened at `pos`; returns the position after its closing quote, or npos when unterminated.
size_t ReadQuoted(std::string_view s, size_t pos, Token& token) {
  char quote = s[pos];
  for (size_t p = pos + 1; p < s.size(); ++p) {
    if (s[p] == '\\') {
      token.plain = false;
      ++p;
    } else if (s[p] == '\n') {
      return std::string_view::npos;
    } else if (s[p] == quote) {
      token.text = std::string(s.substr(pos + 1, p - pos - 1));
      return p + 1;
    }
  }
  return std::string_view::npos;
}

bool IsNameChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// Splits Lua text into tokens (comments dropped); false when a string or comment never ends.
bool Tokenize(std::string_view s, std::vector<Token>& out) {
  size_t p = 0;
  while (p < s.size()) {
    char c = s[p];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++p;
    } else if (s.compare(p, 2, "--") == 0) {
      int level = LongBracketLevel(s, p + 2);
      if (level >= 0) {
        p = SkipLongBracket(s, p + 2, level, nullptr);
        if (p == std::string_view::npos) return false;
      } else {
        p = s.find('\n', p);
        if (p == std::string_view::npos) p = s.size();
      }
    } else if (c == '"' || c == '\'') {
      Token t{Token::Kind::kString, {}};
      p = ReadQuoted(s, p, t);
      if (p == std::string_view::npos) return false;
      out.push_back(std::move(t));
    } else if (int level = LongBracketLevel(s, p); level >= 0) {
      Token t{Token::Kind::kString, {}};
      p = SkipLongBracket(s, p, level, &t.text);
      if (p == std::string_view::npos) return false;
      out.push_back(std::move(t));
    } else if (std::isdigit(static_cast<unsigned char>(c)) ||
               (c == '.' && p + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[p + 1])))) {
      size_t start = p;
      while (p < s.size() && (IsNameChar(s[p]) || s[p] == '.' ||
                              ((s[p] == '+' || s[p] == '-') && (s[p - 1] == 'e' || s[p - 1] == 'E' ||
                                                                s[p - 1] == 'p' || s[p - 1] == 'P')))) {
        ++p;
      }
      out.push_back({Token::Kind::kNumber, std::string(s.substr(start, p - start))});
    } else if (IsNameChar(c)) {
      size_t start = p;
      while (p < s.size() && IsNameChar(s[p])) ++p;
      out.push_back({Token::Kind::kName, std::string(s.substr(start, p - start))});
    } else {
      out.push_back({Token::Kind::kSymbol, std::string(1, c)});
      ++p;
    }
  }
  return true;
}

// Notes on every token how many keyword blocks and brackets are open before it.
void MarkDepths(std::vector<Token>& tokens) {
  int block = 0;
  int bracket = 0;
  for (Token& t : tokens) {
    t.block = block;
    t.bracket = bracket;
    if (t.kind == Token::Kind::kName) {
      if (t.text == "function" || t.text == "do" || t.text == "if" || t.text == "repeat") ++block;
      else if (t.text == "end" || t.text == "until") --block;
    } else if (t.kind == Token::Kind::kSymbol) {
      if (t.text == "(" || t.text == "[" || t.text == "{") ++bracket;
      else if (t.text == ")" || t.text == "]" || t.text == "}") --bracket;
    }
  }
}

bool IsSymbol(const std::vector<Token>& tokens, size_t i, std::string_view text) {
  return i < tokens.size() && tokens[i].kind == Token::Kind::kSymbol && tokens[i].text == text;
}

bool IsName(const std::vector<Token>& tokens, size_t i, std::string_view text) {
  return i < tokens.size() && tokens[i].kind == Token::Kind::kName && tokens[i].text == text;
}

// The `id = "..."` field directly inside the table constructor whose '{' is tokens[open].
std::optional<std::string> IdFieldOf(const std::vector<Token>& tokens, size_t open) {
  const int block = tokens[open].block;
  const int inside = tokens[open].bracket + 1;
  for (size_t j = open + 1; j < tokens.size() && tokens[j].bracket >= inside; ++j) {
    if (tokens[j].block != block || tokens[j].bracket != inside || !IsName(tokens, j, "id")) continue;
    bool field_start = IsSymbol(tokens, j - 1, "{") || IsSymbol(tokens, j - 1, ",") || IsSymbol(tokens, j - 1, ";");
    bool string_value = j + 2 < tokens.size() && tokens[j + 2].kind == Token::Kind::kString && tokens[j + 2].plain;
    bool field_end = IsSymbol(tokens, j + 3, ",") || IsSymbol(tokens, j + 3, ";") || IsSymbol(tokens, j + 3, "}");
    if (field_start && IsSymbol(tokens, j + 1, "=") && string_value && field_end) return tokens[j + 2].text;
  }
  return std::nullopt;
}

bool AtTopLevel(const Token& t) { return t.block == 0 && t.bracket == 0; }

// For `return name`: the table constructor last assigned to `name` at top level before `before`.
std::optional<std::string> IdOfAssignedTable(const std::vector<Token>& tokens, const std::string& name,
                                             size_t before) {
  for (size_t a = before; a-- > 0;) {
    if (!AtTopLevel(tokens[a]) || !IsName(tokens, a, name) || !IsSymbol(tokens, a + 1, "=")) continue;
    if (a > 0 && (IsSymbol(tokens, a - 1, ".") || IsSymbol(tokens, a - 1, ":") || IsSymbol(tokens, a - 1, ","))) {
      continue;  // a field or one of several targets, not the variable itself
    }
    return IsSymbol(tokens, a + 2, "{") ? IdFieldOf(tokens, a + 2) : std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> RuleIdInSource(std::string_view lua_text) {
  std::vector<Token> tokens;
  if (!Tokenize(lua_text, tokens)) return std::nullopt;
  MarkDepths(tokens);
  size_t ret = tokens.size();
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (AtTopLevel(tokens[i]) && IsName(tokens, i, "return")) ret = i;
  }
  if (ret + 1 >= tokens.size()) return std::nullopt;
  if (IsSymbol(tokens, ret + 1, "{")) return IdFieldOf(tokens, ret + 1);
  bool returns_name = tokens[ret + 1].kind == Token::Kind::kName &&
                      (ret + 2 == tokens.size() || IsSymbol(tokens, ret + 2, ";"));
  return returns_name ? IdOfAssignedTable(tokens, tokens[ret + 1].text, ret) : std::nullopt;
}

}  // namespace workrights
