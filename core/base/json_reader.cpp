#include "core/base/json_reader.h"

#include "core/base/resource_limit.h"
#include "core/base/text_encoding.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <sstream>

namespace workrights {

std::string JsonPointerToken(std::string_view key) {
  std::string out;
  out.reserve(key.size());
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

JsonDocument JsonDocument::FromValue(nlohmann::json value, std::string file) {
  JsonDocument d;
  d.root_ = std::move(value);
  d.file_ = std::move(file);
  return d;
}

std::vector<std::string> JsonDocument::KeysInOrder(const std::string& pointer) const {
  auto it = key_order_.find(pointer);
  if (it != key_order_.end()) return it->second;
  // Documents built from values (pack.lua) have no file order: fall back to sorted keys.
  std::vector<std::string> keys;
  const nlohmann::json* v = &root_;
  try {
    v = &root_.at(nlohmann::json::json_pointer(pointer));
  } catch (const nlohmann::json::exception&) {
    return keys;
  }
  if (v->is_object()) {
    for (const auto& [k, _] : v->items()) keys.push_back(k);
  }
  return keys;
}

TextPosition JsonDocument::PositionOf(const std::string& pointer) const {
  std::string p = pointer;
  for (;;) {
    auto it = positions_.find(p);
    if (it != positions_.end()) return it->second;
    if (p.empty()) return {};
    p.erase(p.rfind('/'));
  }
}

SourceLocation JsonDocument::Locate(const std::string& pointer) const {
  TextPosition pos = PositionOf(pointer);
  return SourceLocation{file_, pos.line, pos.column, pointer, {}};
}

class JsonReader {
 public:
  JsonReader(std::string_view text, const std::string& file, const JsonReaderLimits& limits)
      : text_(text), limits_(limits) {
    doc_.file_ = file;
  }

  JsonDocument Read() {
    if (text_.size() > limits_.max_bytes) {
      Fail(OverLimitText("file", static_cast<double>(text_.size()), static_cast<double>(limits_.max_bytes)));
    }
    // RFC 8259 lets parsers ignore a byte-order mark; Windows editors add one.
    if (text_.substr(0, 3) == kUtf8ByteOrderMark) Advance(3);
    if (const char* encoding = WideTextEncoding(text_)) {
      Fail(std::string("the file is ") + encoding + " text, not UTF-8",
           "save it as UTF-8: in Notepad, Save as with Encoding UTF-8; in Excel, CSV UTF-8");
    }
    SkipSpace();
    doc_.root_ = ParseValue("", 0);
    SkipSpace();
    if (pos_ < text_.size()) Fail("unexpected text after the end of the JSON value");
    return std::move(doc_);
  }

 private:
  [[noreturn]] void Fail(const std::string& message, std::string hint = {}) {
    ThrowInputError(SourceLocation{doc_.file_, line_, Column(), {}, {}}, message, std::move(hint));
  }

  [[noreturn]] void FailAt(TextPosition at, const std::string& message, std::string hint = {}) {
    ThrowInputError(SourceLocation{doc_.file_, at.line, at.column, {}, {}}, message, std::move(hint));
  }

  int Column() const { return static_cast<int>(pos_ - line_start_) + 1; }

  void Advance(size_t n) { pos_ += n; }

  char Peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
  bool AtEnd() const { return pos_ >= text_.size(); }

  void SkipSpace() {
    while (pos_ < text_.size()) {
      char c = text_[pos_];
      if (c == '\n') {
        ++pos_;
        ++line_;
        line_start_ = pos_;
      } else if (c == ' ' || c == '\t' || c == '\r') {
        ++pos_;
      } else {
        break;
      }
    }
  }

  void Expect(char c, const char* what) {
    if (Peek() != c) {
      if (AtEnd()) Fail(std::string("unexpected end of file: expected ") + what);
      Fail(std::string("expected ") + what + ", found " + Describe(Peek()));
    }
    ++pos_;
  }

  static std::string Describe(char c) {
    if (static_cast<unsigned char>(c) < 0x20) return "a control character";
    return std::string("'") + c + "'";
  }

  nlohmann::json ParseValue(const std::string& pointer, int depth) {
    if (depth > limits_.max_depth) {
      Fail("values are nested more than " + std::to_string(limits_.max_depth) + " levels deep");
    }
    doc_.positions_[pointer] = TextPosition{line_, Column()};
    if (AtEnd()) Fail("unexpected end of file: expected a value");
    char c = Peek();
    switch (c) {
      case '{': return ParseObject(pointer, depth);
      case '[': return ParseArray(pointer, depth);
      case '"': return ParseString();
      case 't': ExpectWord("true"); return true;
      case 'f': ExpectWord("false"); return false;
      case 'n': ExpectWord("null"); return nullptr;
      default:
        if (text_.compare(pos_, 3, "NaN") == 0 || text_.compare(pos_, 8, "Infinity") == 0 ||
            text_.compare(pos_, 9, "-Infinity") == 0) {
          Fail("NaN and Infinity are not JSON numbers", "write a finite number, or leave the fact out if unknown");
        }
        if (c == '-' || (c >= '0' && c <= '9')) return ParseNumber();
        if (c == '\'') Fail("strings must use double quotes (\"), not single quotes");
        Fail("expected a value (object, array, string, number, true, false or null), found " + Describe(c));
    }
  }

  void ExpectWord(const char* word) {
    size_t n = std::char_traits<char>::length(word);
    if (text_.compare(pos_, n, word) != 0) Fail(std::string("invalid literal; did you mean '") + word + "'?");
    pos_ += n;
  }

  nlohmann::json ParseObject(const std::string& pointer, int depth) {
    ++pos_;  // '{'
    nlohmann::json obj = nlohmann::json::object();
    std::unordered_map<std::string, TextPosition> seen;
    SkipSpace();
    if (Peek() == '}') {
      ++pos_;
      return obj;
    }
    for (;;) {
      SkipSpace();
      if (Peek() != '"') {
        if (Peek() == '}') Fail("trailing comma before '}'", "remove the last comma");
        if (AtEnd()) Fail("unexpected end of file inside an object");
        Fail("expected a key in double quotes, found " + Describe(Peek()));
      }
      TextPosition key_pos{line_, Column()};
      std::string key = ParseString();
      if (auto it = seen.find(key); it != seen.end()) {
        FailAt(key_pos, "duplicate key \"" + key + "\" (first at line " + std::to_string(it->second.line) + ")",
               "each key may appear once in an object");
      }
      seen.emplace(key, key_pos);
      doc_.key_order_[pointer].push_back(key);
      SkipSpace();
      Expect(':', "':' after the key");
      SkipSpace();
      std::string child = pointer + "/" + JsonPointerToken(key);
      obj[key] = ParseValue(child, depth + 1);
      SkipSpace();
      if (Peek() == ',') {
        ++pos_;
        continue;
      }
      if (Peek() == '}') {
        ++pos_;
        return obj;
      }
      if (AtEnd()) Fail("unexpected end of file: expected ',' or '}'");
      Fail("expected ',' or '}' after a value, found " + Describe(Peek()));
    }
  }

  nlohmann::json ParseArray(const std::string& pointer, int depth) {
    ++pos_;  // '['
    nlohmann::json arr = nlohmann::json::array();
    SkipSpace();
    if (Peek() == ']') {
      ++pos_;
      return arr;
    }
    for (size_t i = 0;; ++i) {
      SkipSpace();
      if (Peek() == ']') Fail("trailing comma before ']'", "remove the last comma");
      arr.push_back(ParseValue(pointer + "/" + std::to_string(i), depth + 1));
      SkipSpace();
      if (Peek() == ',') {
        ++pos_;
        continue;
      }
      if (Peek() == ']') {
        ++pos_;
        return arr;
      }
      if (AtEnd()) Fail("unexpected end of file: expected ',' or ']'");
      Fail("expected ',' or ']' after a value, found " + Describe(Peek()));
    }
  }

  static void AppendUtf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  uint32_t ParseHex4() {
    if (pos_ + 4 > text_.size()) Fail("unexpected end of file inside a \\u escape");
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      char c = text_[pos_++];
      v <<= 4;
      if (c >= '0' && c <= '9') v |= static_cast<uint32_t>(c - '0');
      else if (c >= 'a' && c <= 'f') v |= static_cast<uint32_t>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') v |= static_cast<uint32_t>(c - 'A' + 10);
      else Fail("invalid \\u escape: expected four hexadecimal digits");
    }
    return v;
  }

  // Validates one UTF-8 sequence starting at pos_ and copies it.
  void CopyUtf8(std::string& out) {
    auto byte = [&](size_t i) { return static_cast<unsigned char>(text_[i]); };
    unsigned char b0 = byte(pos_);
    size_t len;
    uint32_t cp;
    if (b0 >= 0xC2 && b0 <= 0xDF) { len = 2; cp = b0 & 0x1Fu; }
    else if (b0 >= 0xE0 && b0 <= 0xEF) { len = 3; cp = b0 & 0x0Fu; }
    else if (b0 >= 0xF0 && b0 <= 0xF4) { len = 4; cp = b0 & 0x07u; }
    else Fail("invalid UTF-8 byte in a string", "save the file as UTF-8");
    if (pos_ + len > text_.size()) Fail("invalid UTF-8: truncated character", "save the file as UTF-8");
    for (size_t i = 1; i < len; ++i) {
      unsigned char b = byte(pos_ + i);
      if ((b & 0xC0) != 0x80) Fail("invalid UTF-8 byte in a string", "save the file as UTF-8");
      cp = (cp << 6) | (b & 0x3Fu);
    }
    bool overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      Fail("invalid UTF-8 character in a string", "save the file as UTF-8");
    }
    out.append(text_.substr(pos_, len));
    pos_ += len;
  }

  std::string ParseString() {
    ++pos_;  // opening quote
    std::string out;
    for (;;) {
      if (AtEnd()) Fail("unexpected end of file inside a string", "close the string with \"");
      if (out.size() > limits_.max_string_bytes) {
        Fail(OverLimitText("a string", static_cast<double>(limits_.max_string_bytes)));
      }
      char c = text_[pos_];
      if (c == '"') {
        ++pos_;
        return out;
      }
      if (c == '\\') {
        ++pos_;
        if (AtEnd()) Fail("unexpected end of file inside a string escape");
        char e = text_[pos_++];
        switch (e) {
          case '"': out += '"'; break;
          case '\\': out += '\\'; break;
          case '/': out += '/'; break;
          case 'b': out += '\b'; break;
          case 'f': out += '\f'; break;
          case 'n': out += '\n'; break;
          case 'r': out += '\r'; break;
          case 't': out += '\t'; break;
          case 'u': {
            uint32_t cp = ParseHex4();
            if (cp >= 0xD800 && cp <= 0xDBFF) {
              if (text_.compare(pos_, 2, "\\u") != 0) Fail("unpaired UTF-16 surrogate in a \\u escape");
              pos_ += 2;
              uint32_t lo = ParseHex4();
              if (lo < 0xDC00 || lo > 0xDFFF) Fail("unpaired UTF-16 surrogate in a \\u escape");
              cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
              Fail("unpaired UTF-16 surrogate in a \\u escape");
            }
            if (cp == 0) Fail("the NUL character (\\u0000) is not allowed in strings");
            AppendUtf8(out, cp);
            break;
          }
          default: Fail(std::string("invalid escape '\\") + e + "' in a string");
        }
        continue;
      }
      if (static_cast<unsigned char>(c) < 0x20) {
        if (c == '\n') Fail("line break inside a string", "close the string on the same line or write \\n");
        Fail("control character inside a string");
      }
      if (static_cast<unsigned char>(c) >= 0x80) {
        CopyUtf8(out);
        continue;
      }
      out += c;
      ++pos_;
    }
  }

  nlohmann::json ParseNumber() {
    size_t start = pos_;
    if (Peek() == '-') ++pos_;
    if (Peek() == '0') {
      ++pos_;
      if (Peek() >= '0' && Peek() <= '9') Fail("numbers may not have leading zeros");
    } else if (Peek() >= '1' && Peek() <= '9') {
      while (Peek() >= '0' && Peek() <= '9') ++pos_;
    } else {
      Fail("invalid number");
    }
    bool integral = true;
    if (Peek() == '.') {
      integral = false;
      ++pos_;
      if (!(Peek() >= '0' && Peek() <= '9')) Fail("invalid number: digits expected after '.'");
      while (Peek() >= '0' && Peek() <= '9') ++pos_;
    }
    if (Peek() == 'e' || Peek() == 'E') {
      integral = false;
      ++pos_;
      if (Peek() == '+' || Peek() == '-') ++pos_;
      if (!(Peek() >= '0' && Peek() <= '9')) Fail("invalid number: digits expected in the exponent");
      while (Peek() >= '0' && Peek() <= '9') ++pos_;
    }
    std::string literal(text_.substr(start, pos_ - start));
    if (integral && literal.size() < 16) return std::stoll(literal);
    errno = 0;
    double v = std::strtod(literal.c_str(), nullptr);
    if (errno == ERANGE && std::isinf(v)) {
      pos_ = start;
      Fail("number " + literal.substr(0, 40) + " is too large");
    }
    if (integral && std::fabs(v) <= 9007199254740992.0) return static_cast<int64_t>(v);
    return v;
  }

  std::string_view text_;
  JsonReaderLimits limits_;
  JsonDocument doc_;
  size_t pos_ = 0;
  size_t line_start_ = 0;
  int line_ = 1;
};

JsonDocument ParseJson(std::string_view text, const std::string& file, const JsonReaderLimits& limits) {
  return JsonReader(text, file, limits).Read();
}

JsonDocument ReadJsonFile(const std::string& path, const JsonReaderLimits& limits) {
  return ParseJson(ReadTextFile(path, limits.max_bytes + 1), path, limits);
}

}  // namespace workrights
