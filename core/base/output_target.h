#pragma once
// What may stand at an output path before workrights replaces it. Outputs are renamed into place, which
// replaces whatever directory entry is there: a device, a named pipe or a folder would be swapped for a
// regular file (as root, `--out /dev/full` replaced the device), and a symbolic link would be replaced by a
// file instead of its target being written. So only a regular file, or nothing, is ever replaced.
#include <optional>
#include <string>

#include <sys/types.h>

namespace workrights {

/// The regular file found at an output path: its permissions and owner are kept by the replacement.
struct ExistingOutput {
  mode_t mode = 0;
  uid_t owner = 0;
  gid_t group = 0;
};

/// Checks `path` (never "-") without following a symbolic link at it. Returns the regular file there, or
/// nothing when the path is free; throws OutputError naming the path and what stands there otherwise
/// (a folder, a device, a named pipe, a socket or a symbolic link).
std::optional<ExistingOutput> CheckOutputTarget(const std::string& path);

}  // namespace workrights
