#pragma once
// The id a rule file declares, read from its text without running it: a file that fails before it returns its
// table (a syntax error, an error or a limit at top level, a value that is not a table) can still be reported
// against the rule it was meant to be.
#include <optional>
#include <string>
#include <string_view>

namespace workrights {

/// The string of `id = "..."` at the top level of the table the file returns: `return { id = "x", ... }` as
/// the file's last top-level return, or `return rule` where `rule = { id = "x", ... }` (local or not) was
/// assigned at top level before it. Comments, strings and nested functions and tables are skipped, so an `id`
/// inside them is not taken. Nothing when the text has no such id (or cannot be split into Lua tokens).
std::optional<std::string> RuleIdInSource(std::string_view lua_text);

}  // namespace workrights
