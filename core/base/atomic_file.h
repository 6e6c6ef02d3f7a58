#pragma once
// Outputs are written to a temporary file beside the target and renamed over it, so a reader never sees a
// half-written file and an interrupted run leaves the previous file intact.
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace workrights {

/// Writing an output failed (disk full, no permission). Nothing is left at the target path.
class OutputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Writes `content` to `path` atomically ("-" writes to standard output). Creates missing parent folders. A
/// device or pipe (/dev/null) is written in place: there is no previous content to keep, and renaming over it
/// would replace it.
void WriteFileAtomically(const std::string& path, std::string_view content);

/// The same for a writer that writes files itself (a workbook library, pandoc): `write` gets the temporary path
/// beside `path` and must leave the complete file there; it is then synced and renamed over `path`. When `write`
/// throws, the temporary file is removed and the exception goes on. Not for standard output.
void WriteFileAtomicallyWith(const std::string& path, const std::function<void(const std::string& temporary)>& write);

}  // namespace workrights
