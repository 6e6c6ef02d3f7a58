#pragma once
// Recognises text that is not UTF-8 by its first bytes, so a file saved as UTF-16 (Notepad's "Unicode", Excel's
// "Unicode text") is named as such instead of failing as a puzzling syntax error.
#include <string_view>

namespace workrights {

/// The UTF-8 byte order mark, which Windows editors put at the start of a file; readers skip it.
inline constexpr std::string_view kUtf8ByteOrderMark = "\xEF\xBB\xBF";

/// "UTF-16" or "UTF-32" when `text` starts with their byte order mark, or with the zero bytes that text starting
/// with an ASCII character (JSON, Lua) has beside that character in those encodings; else nullptr.
const char* WideTextEncoding(std::string_view text);

}  // namespace workrights
