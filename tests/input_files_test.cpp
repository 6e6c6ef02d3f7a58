// Input files on a hostile file system: each oddity is a named error, never a hang, a crash or a silent skip.
#include <catch2/catch.hpp>

#include <csignal>
#include <thread>

#include <sys/stat.h>
#include <unistd.h>

#include "core/base/input_files.h"
#include "tests/test_support.h"

using namespace workrights;
using namespace workrights::testing;
namespace fs = std::filesystem;

namespace {

std::string ReadError(const std::string& path, InputKind kind = InputKind::kRegularFile, size_t max = 64u << 20) {
  try {
    ReadTextFile(path, max, kind);
  } catch (const InputError& e) {
    return e.diagnostics().at(0).message;
  }
  return "(read)";
}

}  // namespace

TEST_CASE("a device, a folder or a pipe found where a file should be is refused without reading it", "[profile]") {
  TempDir tmp;
  CHECK(ReadError("/dev/zero") == "is a device, not a file");  // would never end
  CHECK(ReadError(tmp.path().string()) == "is a folder, not a file");
  std::string fifo = (tmp.path() / "p.json").string();
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK(ReadError(fifo) == "is a named pipe (FIFO), not a file");
  CHECK(ReadError(fifo, InputKind::kFileOrStream) == "is a named pipe that nobody wrote to within 2 s");
  CHECK(ReadError((tmp.path() / "missing.json").string()) == "cannot open file");
}

TEST_CASE("a file named on the command line may be an anonymous pipe, read to its end within the size limit",
          "[profile]") {
  int ends[2];
  REQUIRE(::pipe(ends) == 0);
  REQUIRE(::write(ends[1], "{\"a\": 1}", 8) == 8);
  ::close(ends[1]);
  std::string path = "/proc/self/fd/" + std::to_string(ends[0]);
  CHECK(ReadTextFile(path, 1u << 20, InputKind::kFileOrStream) == "{\"a\": 1}");
  ::close(ends[0]);

  REQUIRE(::pipe(ends) == 0);
  auto previous = std::signal(SIGPIPE, SIG_IGN);  // the writer outlives the reader here: EPIPE, not death
  std::string big(3u << 20, 'x');
  std::thread writer([&] {
    [[maybe_unused]] ssize_t n = ::write(ends[1], big.data(), big.size());
    ::close(ends[1]);
  });
  CHECK(ReadError("/proc/self/fd/" + std::to_string(ends[0]), InputKind::kFileOrStream, 1u << 20) ==
        "file is over the limit of 1.0 MiB");
  ::close(ends[0]);  // the writer, blocked on a full pipe, gets EPIPE
  writer.join();
  std::signal(SIGPIPE, previous);
}

TEST_CASE("a folder listing reports what it cannot read instead of skipping it", "[profile]") {
  TempDir tmp;
  tmp.Write("JOR.json", "{}");
  tmp.Write("TUR.JSON", "{}");
  tmp.Write(".#EGY.json", "editor lock");
  tmp.Write("notes.md", "");
  fs::create_directory(tmp.path() / "LBN.json");
  fs::create_symlink("nowhere.json", tmp.path() / "IRN.json");
  Diagnostics diags;
  auto files = ListInputFiles(tmp.path(), ".json", diags);
  CHECK(files == std::vector<fs::path>{tmp.path() / "JOR.json"});
  std::vector<std::string> problems;
  for (const auto& d : diags.items()) problems.push_back(fs::path(d.where.file).filename().string() + ": " + d.message);
  std::sort(problems.begin(), problems.end());
  CHECK(problems == std::vector<std::string>{
                        "IRN.json: is a symbolic link to nowhere.json, which does not exist",
                        "LBN.json: is a folder, not a file",
                        "TUR.JSON: the extension must be \".json\" in lower case, or the file is not read"});
  if (::geteuid() != 0) {  // root reads every folder
    ::chmod(tmp.path().c_str(), 0);
    Diagnostics denied;
    CHECK(ListInputFiles(tmp.path(), ".json", denied).empty());
    CHECK(denied.size() == 1);
    ::chmod(tmp.path().c_str(), 0700);
  }
}
