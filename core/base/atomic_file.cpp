#include "core/base/atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>

#include <fcntl.h>
#include <unistd.h>

namespace workrights {
namespace fs = std::filesystem;
namespace {

/// Creates the target's folders and returns the temporary path beside it (never the target's name).
std::string PrepareTemporary(const std::string& path) {
  fs::path target(path);
  std::error_code ec;
  if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
  if (fs::is_directory(target)) throw OutputError(path + ": is a folder; give a file name");
  return path + ".tmp." + std::to_string(::getpid());
}

/// A device or a pipe (/dev/null, /dev/stdout): written in place, since renaming over it would replace it.
bool IsSpecialFile(const std::string& path) {
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  return !ec && fs::exists(st) && !fs::is_regular_file(st) && !fs::is_directory(st);
}

void WriteInPlace(const std::string& path, std::string_view content) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) throw OutputError(path + ": cannot open the output: " + std::strerror(errno));
  bool ok = std::fwrite(content.data(), 1, content.size(), f) == content.size();
  if (std::fclose(f) != 0 || !ok) throw OutputError(path + ": cannot write the output");
}

[[noreturn]] void Fail(const std::string& tmp, const std::string& what, int err) {
  ::unlink(tmp.c_str());
  throw OutputError(what + ": " + std::strerror(err));
}

/// fsync before rename: after a crash the target holds either the old or the complete new content.
void SyncAndMove(int fd, const std::string& tmp, const std::string& path) {
  if (::fsync(fd) != 0) {
    int err = errno;
    ::close(fd);
    Fail(tmp, path + ": cannot write the output", err);
  }
  if (::close(fd) != 0) Fail(tmp, path + ": cannot write the output", errno);
  if (std::rename(tmp.c_str(), path.c_str()) != 0) Fail(tmp, path + ": cannot move the output into place", errno);
}

}  // namespace

void WriteFileAtomically(const std::string& path, std::string_view content) {
  if (path == "-") {
    std::cout.write(content.data(), static_cast<std::streamsize>(content.size()));
    std::cout.flush();
    if (!std::cout) throw OutputError("cannot write to standard output");
    return;
  }
  if (IsSpecialFile(path)) return WriteInPlace(path, content);
  const std::string tmp = PrepareTemporary(path);
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw OutputError(path + ": cannot create the output file: " + std::strerror(errno));
  const char* p = content.data();
  size_t left = content.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      ::close(fd);
      Fail(tmp, path + ": cannot write the output", err);
    }
    p += n;
    left -= static_cast<size_t>(n);
  }
  SyncAndMove(fd, tmp, path);
}

void WriteFileAtomicallyWith(const std::string& path, const std::function<void(const std::string& temporary)>& write) {
  if (path == "-") throw std::logic_error("WriteFileAtomicallyWith cannot write to standard output");
  if (IsSpecialFile(path)) throw OutputError(path + ": not a regular file; give a file name");
  const std::string tmp = PrepareTemporary(path);
  try {
    write(tmp);
  } catch (...) {
    ::unlink(tmp.c_str());
    throw;
  }
  int fd = ::open(tmp.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) Fail(tmp, path + ": the output was not written", errno);
  SyncAndMove(fd, tmp, path);
}

}  // namespace workrights
