#include "core/base/output_target.h"

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <sys/stat.h>

#include "core/base/atomic_file.h"

namespace workrights {
namespace {

constexpr std::string_view kUseStdout = "; workrights replaces only regular files (for standard output, use --out -)";

[[noreturn]] void Refuse(const std::string& path, const std::string& what) { throw OutputError(path + ": " + what); }

std::string LinkTarget(const std::string& path) {
  std::error_code ec;
  std::filesystem::path target = std::filesystem::read_symlink(path, ec);
  return ec ? std::string("?") : target.string();
}

}  // namespace

std::optional<ExistingOutput> CheckOutputTarget(const std::string& path) {
  if (path.empty()) throw OutputError("the output path is empty; give a file name");
  if (path.back() == '/') Refuse(path, "names a folder; give a file name");
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0) {
    if (errno == ENOENT) return std::nullopt;
    Refuse(path, std::string("cannot check the output path: ") + std::strerror(errno));
  }
  if (S_ISREG(st.st_mode)) return ExistingOutput{st.st_mode & 07777, st.st_uid, st.st_gid};
  if (S_ISDIR(st.st_mode)) Refuse(path, "is a folder; give a file name");
  // Writing through a link would let whoever planted it choose which file is overwritten.
  if (S_ISLNK(st.st_mode)) {
    Refuse(path, "is a symbolic link (to " + LinkTarget(path) +
                     "); workrights does not write through links: give the file it points to, or remove the link");
  }
  if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) Refuse(path, "is a device, not a regular file" + std::string(kUseStdout));
  if (S_ISFIFO(st.st_mode)) Refuse(path, "is a named pipe (FIFO), not a regular file" + std::string(kUseStdout));
  if (S_ISSOCK(st.st_mode)) Refuse(path, "is a socket, not a regular file" + std::string(kUseStdout));
  Refuse(path, "is not a regular file" + std::string(kUseStdout));
}

}  // namespace workrights
