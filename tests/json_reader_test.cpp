#include <catch2/catch.hpp>

#include "core/base/json_reader.h"

using namespace workrights;

static std::string ErrorOf(const std::string& text) {
  try {
    ParseJson(text, "f.json");
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST_CASE("the JSON reader records the line and column of every value", "[profile]") {
  JsonDocument doc = ParseJson("{\n  \"a\": [1,\n    {\"b\": true}]\n}", "f.json");
  CHECK(doc.PositionOf("/a").line == 2);
  CHECK(doc.PositionOf("/a").column == 8);
  CHECK(doc.PositionOf("/a/1/b").line == 3);
  CHECK(doc.PositionOf("/a/1/b").column == 11);
  CHECK(doc.PositionOf("/a/1/missing").line == 3);  // falls back to the nearest ancestor
  SourceLocation loc = doc.Locate("/a/0");
  CHECK(loc.file == "f.json");
  CHECK(loc.pointer == "/a/0");
}

TEST_CASE("keys with '/' and '~' are escaped in JSON pointers", "[profile]") {
  JsonDocument doc = ParseJson("{\"a/b\": {\"c~d\": 1}}", "f.json");
  CHECK(doc.PositionOf("/a~1b/c~0d").column == 17);
}

TEST_CASE("malformed JSON gets one precise message per failure point", "[profile]") {
  SECTION("truncated") { CHECK(ErrorOf("{\"a\": [1, 2") == "f.json:1:12: unexpected end of file: expected ',' or ']'"); }
  SECTION("duplicate key") {
    CHECK(ErrorOf("{\"a\": 1,\n \"a\": 2}") ==
          "f.json:2:2: duplicate key \"a\" (first at line 1) (each key may appear once in an object)");
  }
  SECTION("NaN") {
    CHECK(ErrorOf("{\"a\": NaN}") ==
          "f.json:1:7: NaN and Infinity are not JSON numbers (write a finite number, or leave the fact out if unknown)");
  }
  SECTION("Infinity") { CHECK(ErrorOf("[-Infinity]").find("NaN and Infinity") != std::string::npos); }
  SECTION("huge number") { CHECK(ErrorOf("[1e999]") == "f.json:1:2: number 1e999 is too large"); }
  SECTION("trailing comma") { CHECK(ErrorOf("[1, 2,]") == "f.json:1:7: trailing comma before ']' (remove the last comma)"); }
  SECTION("single quotes") { CHECK(ErrorOf("{'a': 1}") == "f.json:1:2: expected a key in double quotes, found '''"); }
  SECTION("invalid UTF-8") {
    CHECK(ErrorOf("[\"caf\xE9\"]") == "f.json:1:6: invalid UTF-8 byte in a string (save the file as UTF-8)");
  }
  SECTION("overlong UTF-8") { CHECK(ErrorOf("[\"\xE0\x80\x80\"]").find("invalid UTF-8") != std::string::npos); }
  SECTION("deep nesting") {
    std::string deep(100, '[');
    CHECK(ErrorOf(deep).find("nested more than 64 levels deep") != std::string::npos);
  }
  SECTION("text after the value") { CHECK(ErrorOf("{} x") == "f.json:1:4: unexpected text after the end of the JSON value"); }
  SECTION("line break in a string") { CHECK(ErrorOf("[\"a\nb\"]").find("line break inside a string") != std::string::npos); }
  SECTION("leading zeros") { CHECK(ErrorOf("[01]") == "f.json:1:3: numbers may not have leading zeros"); }
  SECTION("lone surrogate") { CHECK(ErrorOf("[\"\\ud800\"]").find("unpaired UTF-16 surrogate") != std::string::npos); }
}

TEST_CASE("a UTF-8 byte-order mark is skipped, as RFC 8259 allows", "[profile]") {
  JsonDocument doc = ParseJson("\xEF\xBB\xBF{\"a\": 1}", "f.json");
  CHECK(doc.root()["a"] == 1);
}

TEST_CASE("UTF-16 and UTF-32 files are named as such, with or without a byte-order mark", "[profile]") {
  using namespace std::string_literals;
  const std::string utf16 = "the file is UTF-16 text, not UTF-8", utf32 = "the file is UTF-32 text, not UTF-8";
  CHECK(ErrorOf("\xFF\xFE{\0}\0"s).find(utf16) != std::string::npos);        // LE with its mark
  CHECK(ErrorOf("\xFE\xFF\0{\0}"s).find(utf16) != std::string::npos);        // BE with its mark
  CHECK(ErrorOf("{\0\"\0a\0\"\0"s).find(utf16) != std::string::npos);       // LE without
  CHECK(ErrorOf("\0{\0\"\0a\0\""s).find(utf16) != std::string::npos);       // BE without
  CHECK(ErrorOf("\xFF\xFE\0\0{\0\0\0"s).find(utf32) != std::string::npos);  // UTF-32 LE with its mark
  CHECK(ErrorOf("{\0\0\0}\0\0\0"s).find(utf32) != std::string::npos);      // UTF-32 LE without
  CHECK(ErrorOf("\0\0\0{\0\0\0}"s).find(utf32) != std::string::npos);      // UTF-32 BE without
  CHECK(ErrorOf("{\"a\": 1}").find("UTF-") == std::string::npos);
}

TEST_CASE("files over the size limit are refused before parsing", "[profile]") {
  JsonReaderLimits limits;
  limits.max_bytes = 10;
  CHECK_THROWS_WITH(ParseJson("[\"0123456789\"]", "f.json", limits),
                    Catch::Contains("file is 14 bytes, over the limit of 10 bytes"));
}

TEST_CASE("a string over the limit is refused in the wording of every size limit", "[profile]") {
  JsonReaderLimits limits;
  limits.max_string_bytes = 4;
  CHECK_THROWS_WITH(ParseJson("[\"0123456789\"]", "f.json", limits),
                    Catch::Contains("a string is over the limit of 4 bytes"));
}

TEST_CASE("unicode escapes decode to UTF-8", "[profile]") {
  JsonDocument doc = ParseJson("[\"T\\u00fcrkiye \\ud83d\\ude00\"]", "f.json");
  CHECK(doc.root()[0] == "T\xC3\xBCrkiye \xF0\x9F\x98\x80");
}
