#include "core/base/atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <random>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/base/output_target.h"

namespace workrights {
namespace fs = std::filesystem;
namespace {

[[noreturn]] void Fail(const std::string& path, const std::string& what, int err) {
  throw OutputError(path + ": " + what + ": " + std::strerror(err));
}

/// Creates `<path>.tmp.<pid>.<random>` in the target's folder, so the rename stays on one file system. The
/// name cannot be guessed in advance, and O_EXCL | O_NOFOLLOW refuse anything planted there anyway (a link
/// would otherwise be followed and its target overwritten).
int CreateTemporaryBeside(const std::string& path, std::string& tmp) {
  std::random_device random;
  for (int attempt = 0; attempt < 16; ++attempt) {
    char suffix[17];
    std::snprintf(suffix, sizeof suffix, "%08x%08x", random(), random());
    tmp = path + ".tmp." + std::to_string(::getpid()) + "." + suffix;
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd >= 0 || errno != EEXIST) return fd;
  }
  return -1;
}

/// The replacement keeps the permissions (and, where allowed, the owner) of the file it replaces.
void KeepAttributes(int fd, const ExistingOutput& old) {
  if (old.owner != ::geteuid() || old.group != ::getegid()) {
    [[maybe_unused]] int ignored = ::fchown(fd, old.owner, old.group);  // only root may give a file away
  }
  ::fchmod(fd, old.mode);  // after fchown, which clears set-user-id bits
}

bool WriteAll(int fd, std::string_view content) {
  const char* p = content.data();
  size_t left = content.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    p += n;
    left -= static_cast<size_t>(n);
  }
  return true;
}

/// After a crash the folder must name either the old file or the new one: sync the rename too.
void SyncFolderOf(const fs::path& target) {
  fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

void WriteStandardOutput(std::string_view content) {
  std::cout.write(content.data(), static_cast<std::streamsize>(content.size()));
  std::cout.flush();
  if (!std::cout) throw OutputError("cannot write to standard output");
}

void CreateParentFolders(const fs::path& target, const std::string& path) {
  if (!target.has_parent_path()) return;
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  if (ec) Fail(path, "cannot create its folder " + target.parent_path().string(), ec.value());
}

/// Removes the temporary file and reports why the output was not written.
[[noreturn]] void Abandon(const std::string& tmp, const std::string& path, const std::string& what, int err) {
  ::unlink(tmp.c_str());
  Fail(path, what, err);
}

/// Renames the complete temporary file over `path`, then syncs the folder so the rename survives a crash.
void MoveIntoPlace(const std::string& tmp, const std::string& path) {
  if (std::rename(tmp.c_str(), path.c_str()) != 0) Abandon(tmp, path, "cannot move the output into place", errno);
  SyncFolderOf(fs::path(path));
}

}  // namespace

void WriteFileAtomically(const std::string& path, std::string_view content) {
  if (path == "-") return WriteStandardOutput(content);
  std::optional<ExistingOutput> existing = CheckOutputTarget(path);
  fs::path target(path);
  CreateParentFolders(target, path);
  std::string tmp;
  int fd = CreateTemporaryBeside(path, tmp);
  if (fd < 0) Fail(path, "cannot create the output file", errno);
  if (existing) KeepAttributes(fd, *existing);
  // fsync before rename: after a crash the target holds either the old or the complete new content.
  bool written = WriteAll(fd, content) && ::fsync(fd) == 0;
  int err = errno;
  if (::close(fd) != 0 && written) {
    written = false;
    err = errno;
  }
  if (!written) Abandon(tmp, path, "cannot write the output", err);
  MoveIntoPlace(tmp, path);
}

void WriteFileAtomicallyWith(const std::string& path, const std::function<void(const std::string& temporary)>& write) {
  if (path == "-") throw std::logic_error("WriteFileAtomicallyWith cannot write to standard output");
  std::optional<ExistingOutput> existing = CheckOutputTarget(path);
  fs::path target(path);
  CreateParentFolders(target, path);
  std::string tmp;
  int fd = CreateTemporaryBeside(path, tmp);
  if (fd < 0) Fail(path, "cannot create the output file", errno);
  ::close(fd);
  try {
    write(tmp);
  } catch (...) {
    ::unlink(tmp.c_str());
    throw;
  }
  // The writer may have replaced the file: only a regular file of ours is moved into place.
  fd = ::open(tmp.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  struct stat st {};
  if (fd < 0 || ::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    int err = fd < 0 ? errno : EINVAL;
    if (fd >= 0) ::close(fd);
    Abandon(tmp, path, "the output was not written", err);
  }
  if (existing) KeepAttributes(fd, *existing);
  bool synced = ::fsync(fd) == 0;
  int err = errno;
  ::close(fd);
  if (!synced) Abandon(tmp, path, "cannot write the output", err);
  MoveIntoPlace(tmp, path);
}

}  // namespace workrights
