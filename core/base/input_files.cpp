#include "core/base/input_files.h"

#include "core/base/resource_limit.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace workrights {
namespace fs = std::filesystem;
namespace {

// How long a named pipe given as input may stay silent before it is taken for one nobody will write to.
constexpr int kPipeWriterWaitMs = 2000;

SourceLocation At(const fs::path& path) { return SourceLocation{path.string(), 0, 0, {}, {}}; }

std::string KindOf(mode_t mode) {
  if (S_ISDIR(mode)) return "is a folder, not a file";
  if (S_ISFIFO(mode)) return "is a named pipe (FIFO), not a file";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "is a device, not a file";
  if (S_ISSOCK(mode)) return "is a socket, not a file";
  return "is not a regular file";
}

/// Why a link cannot be followed, from the errno of stat() on it.
std::string BrokenLink(const fs::path& path, int err) {
  if (err == ELOOP) return "is a symbolic link that loops";
  std::error_code ec;
  fs::path target = fs::read_symlink(path, ec);
  if (err == ENOENT) return "is a symbolic link to " + target.string() + ", which does not exist";
  return std::string("cannot be read: ") + std::strerror(err);
}

bool SameIgnoringCase(std::string_view a, std::string_view b) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [&](char x, char y) { return lower(x) == lower(y); });
}

[[noreturn]] void Refuse(const std::string& path, const std::string& why, int fd = -1) {
  if (fd >= 0) ::close(fd);
  ThrowInputError(At(path), why);
}

/// Reads `fd` to its end, refusing more than `max_bytes`.
std::string ReadAll(int fd, const std::string& path, size_t max_bytes) {
  std::string data;
  char buffer[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) Refuse(path, std::string("cannot read file: ") + std::strerror(errno), fd);
    if (n == 0) break;
    if (data.size() + static_cast<size_t>(n) > max_bytes) {
      Refuse(path, OverLimitText("file", static_cast<double>(max_bytes)), fd);
    }
    data.append(buffer, static_cast<size_t>(n));
  }
  ::close(fd);
  return data;
}

/// An anonymous pipe (standard input, `<(command)`) has its writer from the start; a named pipe made with
/// mkfifo may never get one.
bool IsAnonymousPipe(int fd) {
  char target[64] = {};
  std::string link = "/proc/self/fd/" + std::to_string(fd);
  return ::readlink(link.c_str(), target, sizeof target - 1) > 0 && std::string_view(target).starts_with("pipe:");
}

/// Waits a little for a writer of a named pipe to send its first bytes; then reads as a stream.
std::string ReadPipe(int fd, const std::string& path, size_t max_bytes) {
  if (!IsAnonymousPipe(fd)) {
    struct pollfd wait {fd, POLLIN, 0};
    int ready;
    while ((ready = ::poll(&wait, 1, kPipeWriterWaitMs)) < 0 && errno == EINTR) {
    }
    if (ready == 0) {
      Refuse(path, "is a named pipe that nobody wrote to within " + std::to_string(kPipeWriterWaitMs / 1000) + " s", fd);
    }
  }
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  return ReadAll(fd, path, max_bytes);
}

}  // namespace

std::string WhyNotAFile(const fs::path& path, InputKind kind) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    int err = errno;
    struct stat link {};
    if (::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) return BrokenLink(path, err);
    if (err == ENOENT) return "does not exist";
    return std::string("cannot be read: ") + std::strerror(err);
  }
  if (S_ISREG(st.st_mode)) return {};
  if (kind == InputKind::kFileOrStream && S_ISFIFO(st.st_mode)) return {};
  return KindOf(st.st_mode);
}

std::string ReadTextFile(const std::string& path, size_t max_bytes, InputKind kind) {
  // O_NONBLOCK: opening a named pipe must not wait for a writer; WhyNotAFile refuses pipes found in folders
  // before they are opened, and a pipe named on the command line is read with blocking reads below.
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    int err = errno;
    std::string why = WhyNotAFile(path, kind);
    if (why == "does not exist") ThrowInputError(At(path), "cannot open file", "check the path");
    Refuse(path, why.empty() ? std::string("cannot open file: ") + std::strerror(err) : why);
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0) Refuse(path, std::string("cannot read file: ") + std::strerror(errno), fd);
  bool stream = kind == InputKind::kFileOrStream && S_ISFIFO(st.st_mode);
  if (!S_ISREG(st.st_mode) && !stream) Refuse(path, KindOf(st.st_mode), fd);
  if (stream) return ReadPipe(fd, path, max_bytes);
  if (static_cast<size_t>(st.st_size) > max_bytes) {
    Refuse(path, OverLimitText("file", static_cast<double>(st.st_size), static_cast<double>(max_bytes)), fd);
  }
  return ReadAll(fd, path, max_bytes);
}

std::vector<fs::path> ListInputFiles(const fs::path& dir, std::string_view extension, Diagnostics& diags) {
  std::vector<fs::path> files;
  std::error_code ec;
  fs::directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    std::string name = p.filename().string(), ext = p.extension().string();
    if (name.empty() || name[0] == '.') continue;  // editor and version-control files
    if (ext != extension) {
      if (SameIgnoringCase(ext, extension)) {
        diags.Add(At(p), "the extension must be \"" + std::string(extension) + "\" in lower case, or the file is not read",
                  "rename it to " + p.stem().string() + std::string(extension));
      }
      continue;
    }
    std::string why = WhyNotAFile(p);
    if (why.empty()) files.push_back(p);
    else diags.Add(At(p), why);
  }
  if (ec) diags.Add(At(dir), "cannot list the folder: " + ec.message());
  std::sort(files.begin(), files.end());
  return files;
}

bool PathExists(const fs::path& path) {
  std::error_code ec;
  return fs::exists(path, ec);
}

}  // namespace workrights
