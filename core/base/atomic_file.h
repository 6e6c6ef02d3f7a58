#pragma once
// Outputs are written to a temporary file beside the target and renamed over it, so a reader never sees a
// half-written file and an interrupted run leaves the previous file intact. The temporary file's name is
// unpredictable and it is created exclusively, so nothing planted beside the target is followed.
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

/// Writes `content` to `path` atomically ("-" writes to standard output). Creates missing parent folders.
/// Only a regular file (or nothing) at `path` is replaced, keeping its permissions; a folder, device, named
/// pipe, socket or symbolic link there is refused with an OutputError (see output_target.h).
void WriteFileAtomically(const std::string& path, std::string_view content);

/// The same for a writer that writes files itself (a workbook library, pandoc): `write` gets the temporary path
/// beside `path` (already created, empty, exclusively ours) and must leave the complete file there; it is then
/// synced and renamed over `path`, with the same checks of what stands at `path`. When `write` throws, the
/// temporary file is removed and the exception goes on. Not for standard output.
void WriteFileAtomicallyWith(const std::string& path, const std::function<void(const std::string& temporary)>& write);

}  // namespace workrights
