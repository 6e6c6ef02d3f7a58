// Reading a rule's id from its text without running it, for errors raised before the file returns its table.
#include <catch2/catch.hpp>

#include "core/rules/rule_source_id.h"

using namespace workrights;

TEST_CASE("the id of the returned table is read from the text", "[rules]") {
  CHECK(RuleIdInSource("return { id = \"rtw.x\", title = \"X\" }") == "rtw.x");
  CHECK(RuleIdInSource("local t = nil\nlocal x = t.field\nreturn {\n  title = 'T', id = 'lab.y',\n}\n") == "lab.y");
  CHECK(RuleIdInSource("return { id = [[long.id]]; evaluate = function(c) return 1, 'x' end }") == "long.id");
}

TEST_CASE("a returned variable is followed to the table assigned to it at top level", "[rules]") {
  CHECK(RuleIdInSource("local rule = { id = \"r\" }\nrule.title = 'T'\nreturn rule\n") == "r");
  CHECK(RuleIdInSource("rule = { id = \"first\" }\nrule = { id = \"second\" }\nreturn rule;") == "second");
  CHECK(RuleIdInSource("local x = {}\nx.rule = { id = \"field\" }\nreturn rule") == std::nullopt);
}

TEST_CASE("ids in comments, strings, nested tables and functions are not the rule's", "[rules]") {
  CHECK(RuleIdInSource("-- return { id = \"comment\" }\n--[==[ return { id = \"long\" } ]==]\nreturn { title = 'x' }") ==
        std::nullopt);
  CHECK(RuleIdInSource("local s = \"return { id = 'in a string' }\"\nreturn { action = { id = \"nested\" } }") ==
        std::nullopt);
  CHECK(RuleIdInSource("return { evaluate = function(c) local t = { id = \"inner\" } return 1, 'x' end, id = \"outer\" }") ==
        "outer");
  CHECK(RuleIdInSource("local function f()\n  return { id = \"in f\" }\nend\nreturn { id = \"top\" }") == "top");
  CHECK(RuleIdInSource("if x then return { id = \"branch\" } end") == std::nullopt);
}

TEST_CASE("no id is made up from a computed value, an unfinished file or no return", "[rules]") {
  CHECK(RuleIdInSource("return { id = prefix .. \".r\" }") == std::nullopt);
  CHECK(RuleIdInSource("return { id = \"a\" .. \"b\" }") == std::nullopt);
  CHECK(RuleIdInSource("return { id = \"r\\n\" }") == std::nullopt);  // escapes: its text is not its value
  CHECK(RuleIdInSource("return { id = \"unterminated }") == std::nullopt);
  CHECK(RuleIdInSource("--[[ never closed\nreturn { id = \"r\" }") == std::nullopt);
  CHECK(RuleIdInSource("local rule = { id = \"r\" }") == std::nullopt);
  CHECK(RuleIdInSource("") == std::nullopt);
  CHECK(RuleIdInSource(std::string("\xff\xfe" "r\0e\0t\0", 8)) == std::nullopt);
}

TEST_CASE("a syntax error elsewhere does not hide the id", "[rules]") {
  CHECK(RuleIdInSource("return {\n  id = \"r\", evaluate = function(c)\n    return 1 \"fine\"\n  end,\n}\n") == "r");
}
