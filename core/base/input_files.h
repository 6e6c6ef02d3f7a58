#pragma once
// Reading input files on a file system nobody vouches for. A folder named `JOR.json`, a named pipe (which
// blocks a reader until someone writes), a device (`/dev/zero` never ends), a dangling link, a link loop, an
// unreadable folder or `JOR.JSON` in the wrong case each end as an error naming the path, never as a hang, a
// crash or a file silently left out.
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/diagnostics.h"

namespace workrights {

/// Whether a path may be a stream rather than a regular file: only a file named on the command line (a
/// scenario given as /dev/stdin or a pipe) may; a file found in a folder may not.
enum class InputKind { kRegularFile, kFileOrStream };

/// Why `path` cannot be read as an input file ("is a folder, not a file", "is a symbolic link that loops",
/// ...), or "" when it is a regular file or a link to one (or, for kFileOrStream, a pipe).
std::string WhyNotAFile(const std::filesystem::path& path, InputKind kind = InputKind::kRegularFile);

/// Reads a whole file into a string; throws InputError naming the file when it cannot: missing, not a file
/// (see WhyNotAFile), unreadable, or larger than `max_bytes`. A pipe (kFileOrStream) is read to its end; a
/// named pipe that nobody writes to within 2 s is an error rather than a wait without end.
std::string ReadTextFile(const std::string& path, size_t max_bytes = 64u << 20,
                         InputKind kind = InputKind::kRegularFile);

/// The files of `dir` ending in `extension` (exactly; sorted), skipping names that start with a dot. An entry
/// with the extension in another case (`JOR.JSON`), or with it but not a readable file, or a folder that
/// cannot be listed, is reported in `diags` with its path.
std::vector<std::filesystem::path> ListInputFiles(const std::filesystem::path& dir, std::string_view extension,
                                                  Diagnostics& diags);

/// Whether `path` names something (following links); false, never an exception, on any error.
bool PathExists(const std::filesystem::path& path);

}  // namespace workrights
