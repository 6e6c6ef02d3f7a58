#pragma once
// A strict JSON reader that remembers where every value stands in the file.
//
// nlohmann::json's own parser keeps no positions, takes the last of duplicate keys silently and has no depth
// limit; profiles, packs and scenarios are hand-edited, so we need "file:line:col at /json/pointer" for every
// value and a clear refusal of duplicate keys, NaN, numbers out of range, invalid UTF-8 and deep nesting.
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/base/diagnostics.h"
#include "core/base/input_files.h"  // ReadTextFile

namespace workrights {

struct TextPosition {
  int line = 0;
  int column = 0;
};

struct JsonReaderLimits {
  size_t max_bytes = 16u << 20;  ///< hand-written files are far smaller; bigger means a mistake or an attack
  int max_depth = 64;
  size_t max_string_bytes = 1u << 20;
};

class JsonDocument {
 public:
  /// A document without positions, for values that did not come from JSON text (a pack.lua table).
  static JsonDocument FromValue(nlohmann::json value, std::string file);

  const nlohmann::json& root() const { return root_; }
  const std::string& file() const { return file_; }
  /// Position of the value at `pointer` (or of its nearest ancestor that was recorded).
  TextPosition PositionOf(const std::string& pointer) const;
  /// A SourceLocation for the value at `pointer`, ready for a Diagnostic.
  SourceLocation Locate(const std::string& pointer) const;
  /// The keys of the object at `pointer` in file order (nlohmann::json itself keeps them sorted).
  std::vector<std::string> KeysInOrder(const std::string& pointer) const;

 private:
  friend class JsonReader;
  nlohmann::json root_;
  std::string file_;
  std::unordered_map<std::string, TextPosition> positions_;
  std::unordered_map<std::string, std::vector<std::string>> key_order_;
};

/// Parses `text` (the contents of `file`). Throws InputError with file:line:col on any syntax error.
JsonDocument ParseJson(std::string_view text, const std::string& file, const JsonReaderLimits& limits = {});

/// Reads and parses a file. Throws InputError when it cannot be read or parsed.
JsonDocument ReadJsonFile(const std::string& path, const JsonReaderLimits& limits = {});

/// Escapes one reference token of a JSON pointer ("~" -> "~0", "/" -> "~1").
std::string JsonPointerToken(std::string_view key);

}  // namespace workrights
