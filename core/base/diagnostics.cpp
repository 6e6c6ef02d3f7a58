#include "core/base/diagnostics.h"

namespace workrights {

std::string FormatDiagnostic(const Diagnostic& d) {
  std::string out;
  const SourceLocation& w = d.where;
  if (!w.file.empty()) {
    out += w.file;
    if (w.line > 0) {
      out += ':' + std::to_string(w.line);
      if (w.column > 0) out += ':' + std::to_string(w.column);
    }
    if (!w.column_name.empty()) out += " (" + w.column_name + ")";
    out += ": ";
  }
  if (!w.pointer.empty()) out += w.pointer + ": ";
  if (!w.rule_id.empty()) out += "rule '" + w.rule_id + "': ";
  out += d.message;
  if (!d.hint.empty()) out += " (" + d.hint + ")";
  return out;
}

static std::string JoinMessages(const std::vector<Diagnostic>& ds) {
  std::string out;
  for (const auto& d : ds) {
    if (!out.empty()) out += '\n';
    out += FormatDiagnostic(d);
  }
  return out;
}

InputError::InputError(std::vector<Diagnostic> diagnostics)
    : std::runtime_error(JoinMessages(diagnostics)), diagnostics_(std::move(diagnostics)) {}

void Diagnostics::ThrowIfAny() const {
  if (!items_.empty()) throw InputError(items_);
}

void ThrowInputError(SourceLocation where, std::string message, std::string hint) {
  throw InputError(Diagnostic{std::move(where), std::move(message), std::move(hint)});
}

}  // namespace workrights
