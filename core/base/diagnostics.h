#pragma once
// Errors about user input (profiles, packs, rules, scenarios). Every message says where: file, line:column,
// JSON pointer and rule id when there is one, so an adviser can go straight to the spot.
#include <stdexcept>
#include <string>
#include <vector>

namespace workrights {

struct SourceLocation {
  std::string file;
  int line = 0;    ///< 1-based; 0 when unknown
  int column = 0;  ///< 1-based; 0 when unknown
  std::string pointer;  ///< JSON pointer into the file, empty for the whole file or non-JSON files
  std::string rule_id;  ///< the rule concerned, if any
  std::string column_name{};  ///< a spreadsheet column's name (CSV input): "value"; `column` is its number
};

struct Diagnostic {
  SourceLocation where;
  std::string message;
  std::string hint;  ///< a suggested fix ("did you mean ...?"), may be empty
};

/// "file:line:col: /pointer: rule 'id': message (hint)"; CSV input: "file:row:col (column name): message (hint)"
std::string FormatDiagnostic(const Diagnostic& d);

/// Collects every problem found in one pass so a user fixes them all at once.
class Diagnostics {
 public:
  void Add(Diagnostic d) { items_.push_back(std::move(d)); }
  void Add(SourceLocation where, std::string message, std::string hint = {}) {
    items_.push_back({std::move(where), std::move(message), std::move(hint)});
  }
  bool empty() const { return items_.empty(); }
  size_t size() const { return items_.size(); }
  const std::vector<Diagnostic>& items() const { return items_; }
  void Append(const Diagnostics& other) { items_.insert(items_.end(), other.items_.begin(), other.items_.end()); }
  /// Throws InputError when anything was collected.
  void ThrowIfAny() const;

 private:
  std::vector<Diagnostic> items_;
};

/// Bad input: the command stops, writes nothing, and exits with kExitInvalidInput.
class InputError : public std::runtime_error {
 public:
  explicit InputError(std::vector<Diagnostic> diagnostics);
  explicit InputError(Diagnostic diagnostic) : InputError(std::vector<Diagnostic>{std::move(diagnostic)}) {}
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

 private:
  std::vector<Diagnostic> diagnostics_;
};

[[noreturn]] void ThrowInputError(SourceLocation where, std::string message, std::string hint = {});

}  // namespace workrights
