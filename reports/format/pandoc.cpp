#include "reports/format/pandoc.h"

#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/base/atomic_file.h"

extern char** environ;

namespace workrights {
namespace fs = std::filesystem;
namespace {

constexpr const char* kPandoc = "pandoc";
// pandoc's Markdown without raw blocks (a quote holding `<w:p/>`{=openxml} stays text) and without "smart"
// typography, so quotes and dashes read as the sources wrote them.
constexpr const char* kInputFormat = "markdown-raw_html-raw_attribute-raw_tex-smart";
// The docx writer embeds every image it can read or fetch, local files included; ours have none, so an image in
// a profile's text is an attack: keep its description only. (pandoc --sandbox would do this, but Debian's
// pandoc 2.17 cannot then find its own docx template.)
constexpr const char* kNoImagesFilter = "function Image(image)\n  return image.caption\nend\n";

/// A file under the system's temporary folder, removed when the object goes.
class ScratchFile {
 public:
  explicit ScratchFile(const char* suffix) {
    std::string pattern = (fs::temp_directory_path() / "workrights-XXXXXX").string() + suffix;
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    int fd = ::mkstemps(name.data(), static_cast<int>(std::strlen(suffix)));
    if (fd < 0) throw OutputError(std::string("cannot create a temporary file for pandoc: ") + std::strerror(errno));
    ::close(fd);
    path_ = name.data();
  }
  ~ScratchFile() { ::unlink(path_.c_str()); }
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// Seconds since 1970 at midday UTC on `date` (0 when there is none: the epoch, still fixed).
std::string EpochText(const std::optional<Date>& date) {
  if (!date) return "0";
  std::tm tm{};
  tm.tm_year = date->year - 1900;
  tm.tm_mon = date->month - 1;
  tm.tm_mday = date->day;
  tm.tm_hour = 12;
  return std::to_string(static_cast<long long>(timegm(&tm)));
}

/// Our environment with SOURCE_DATE_EPOCH replaced.
std::vector<std::string> PandocEnvironment(const std::optional<Date>& date) {
  std::vector<std::string> env;
  for (char** e = environ; *e; ++e) {
    if (std::strncmp(*e, "SOURCE_DATE_EPOCH=", 18) != 0) env.emplace_back(*e);
  }
  env.push_back("SOURCE_DATE_EPOCH=" + EpochText(date));
  return env;
}

std::vector<char*> Pointers(std::vector<std::string>& strings) {
  std::vector<char*> out;
  for (auto& s : strings) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

/// Runs pandoc on `input` (Markdown) writing `output` (.docx); throws OutputError for `target` on failure.
void RunPandoc(const std::string& input, const std::string& filter, const std::string& output, const std::string& target,
               const std::optional<Date>& date) {
  ScratchFile messages(".txt");
  std::vector<std::string> args = {kPandoc, "--from", kInputFormat, "--lua-filter", filter, "--to", "docx",
                                   "--output", output, input};
  std::vector<std::string> env = PandocEnvironment(date);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, messages.path().c_str(), O_WRONLY | O_TRUNC, 0);
  pid_t pid = 0;
  int err = posix_spawnp(&pid, kPandoc, &actions, nullptr, Pointers(args).data(), Pointers(env).data());
  posix_spawn_file_actions_destroy(&actions);
  if (err == ENOENT) {
    throw OutputError(target + ": Word output needs pandoc, which is not installed (apt-get install pandoc, or scripts/install-deps)");
  }
  if (err != 0) throw OutputError(target + ": cannot run pandoc: " + std::strerror(err));
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) throw OutputError(target + ": lost track of pandoc: " + std::strerror(errno));
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::string why = WIFEXITED(status) ? "exit code " + std::to_string(WEXITSTATUS(status)) : "killed by a signal";
    std::string said = ReadAll(messages.path());
    while (!said.empty() && (said.back() == '\n' || said.back() == '\r')) said.pop_back();
    throw OutputError(target + ": pandoc failed (" + why + ")" + (said.empty() ? "" : ": " + said));
  }
}

void WriteScratch(const ScratchFile& file, const std::string& text, const std::string& target) {
  std::ofstream out(file.path(), std::ios::binary);
  out << text;
  if (!out.flush()) throw OutputError(target + ": cannot write pandoc's input to " + file.path());
}

}  // namespace

void WriteDocx(const std::string& path, const std::string& markdown, const std::optional<Date>& date) {
  ScratchFile input(".md"), filter(".lua");
  WriteScratch(input, markdown, path);
  WriteScratch(filter, kNoImagesFilter, path);
  WriteFileAtomicallyWith(path, [&](const std::string& temporary) {
    RunPandoc(input.path(), filter.path(), temporary, path, date);
  });
}

}  // namespace workrights
