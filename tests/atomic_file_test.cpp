// Output paths cannot be turned against the user: only a regular file (or nothing) is replaced.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "core/base/atomic_file.h"
#include "core/base/output_target.h"
#include "tests/test_support.h"

using namespace workrights;
using namespace workrights::testing;
namespace fs = std::filesystem;

namespace {

mode_t ModeOf(const fs::path& p) {
  struct stat st {};
  ::lstat(p.c_str(), &st);
  return st.st_mode;
}

/// Every entry of `dir` but the ones named in `keep`: a write must leave no temporary file behind.
std::vector<std::string> Leftovers(const fs::path& dir, const std::vector<std::string>& keep) {
  std::vector<std::string> left;
  for (const auto& e : fs::directory_iterator(dir)) {
    std::string name = e.path().filename().string();
    if (std::find(keep.begin(), keep.end(), name) == keep.end()) left.push_back(name);
  }
  return left;
}

}  // namespace

TEST_CASE("an output replaces a regular file and keeps its permissions", "[output]") {
  TempDir tmp;
  std::string out = tmp.Write("report.json", "previous");
  ::chmod(out.c_str(), 0600);
  WriteFileAtomically(out, "new");
  CHECK(ReadFile(out) == "new");
  CHECK((ModeOf(out) & 07777) == 0600);
  CHECK(Leftovers(tmp.path(), {"report.json"}).empty());
}

TEST_CASE("a new output is created with its missing folders", "[output]") {
  TempDir tmp;
  std::string out = (tmp.path() / "a" / "b" / "report.json").string();
  WriteFileAtomically(out, "new");
  CHECK(ReadFile(out) == "new");
  CHECK(S_ISREG(ModeOf(out)));
}

TEST_CASE("a folder at the output path is refused and left alone", "[output]") {
  TempDir tmp;
  fs::create_directory(tmp.path() / "out.json");
  std::string out = (tmp.path() / "out.json").string();
  REQUIRE_THROWS_WITH(WriteFileAtomically(out, "x"), out + ": is a folder; give a file name");
  CHECK(fs::is_directory(out));
  REQUIRE_THROWS_WITH(WriteFileAtomically(tmp.path().string() + "/new/", "x"),
                      tmp.path().string() + "/new/: names a folder; give a file name");
  REQUIRE_THROWS_WITH(WriteFileAtomically("", "x"), "the output path is empty; give a file name");
  CHECK(Leftovers(tmp.path(), {"out.json"}).empty());
}

TEST_CASE("a named pipe at the output path is refused at once, without waiting for a reader", "[output]") {
  TempDir tmp;
  std::string out = (tmp.path() / "pipe").string();
  REQUIRE(::mkfifo(out.c_str(), 0600) == 0);
  REQUIRE_THROWS_WITH(WriteFileAtomically(out, "x"),
                      out + ": is a named pipe (FIFO), not a regular file; workrights replaces only regular files "
                            "(for standard output, use --out -)");
  CHECK(S_ISFIFO(ModeOf(out)));
  CHECK(Leftovers(tmp.path(), {"pipe"}).empty());
}

TEST_CASE("a device at the output path is refused and the device stays (as root, --out /dev/full replaced it)",
          "[output]") {
  std::string refusal = ": is a device, not a regular file; workrights replaces only regular files (for standard "
                        "output, use --out -)";
  REQUIRE_THROWS_WITH(CheckOutputTarget("/dev/null"), "/dev/null" + refusal);
  TempDir tmp;
  std::string out = (tmp.path() / "full").string();
  if (::mknod(out.c_str(), S_IFCHR | 0666, makedev(1, 7)) != 0) return;  // only root may make a device node
  REQUIRE_THROWS_WITH(WriteFileAtomically(out, "x"), out + refusal);
  CHECK(S_ISCHR(ModeOf(out)));
}

TEST_CASE("a symbolic link at the output path is refused and its target is untouched", "[output]") {
  TempDir tmp;
  std::string victim = tmp.Write("victim.txt", "precious");
  std::string out = (tmp.path() / "out.json").string();
  fs::create_symlink(victim, out);
  REQUIRE_THROWS_WITH(WriteFileAtomically(out, "x"),
                      out + ": is a symbolic link (to " + victim +
                          "); workrights does not write through links: give the file it points to, or remove the link");
  CHECK(ReadFile(victim) == "precious");
  CHECK(fs::is_symlink(out));

  SECTION("a dangling link is refused too: whoever planted it would choose the file created") {
    std::string dangling = (tmp.path() / "dangling.json").string();
    fs::create_symlink(tmp.path() / "would-be-created", dangling);
    REQUIRE_THROWS(WriteFileAtomically(dangling, "x"));
    CHECK_FALSE(fs::exists(tmp.path() / "would-be-created"));
  }
  SECTION("a link loop is refused, not followed") {
    std::string loop = (tmp.path() / "loop.json").string();
    fs::create_symlink(loop, loop);
    REQUIRE_THROWS_WITH(WriteFileAtomically(loop, "x"),
                        loop + ": is a symbolic link (to " + loop +
                            "); workrights does not write through links: give the file it points to, or remove the link");
  }
}

TEST_CASE("a link planted at a temporary name is never followed", "[output]") {
  TempDir tmp;
  std::string victim = tmp.Write("victim.txt", "precious");
  std::string out = (tmp.path() / "out.json").string();
  // The old temporary name was <out>.tmp.<pid>: predictable, and opened without O_EXCL.
  std::string planted = out + ".tmp." + std::to_string(::getpid());
  fs::create_symlink(victim, planted);
  WriteFileAtomically(out, "new");
  CHECK(ReadFile(out) == "new");
  CHECK(ReadFile(victim) == "precious");
  CHECK(fs::is_symlink(planted));
  CHECK(Leftovers(tmp.path(), {"victim.txt", "out.json", fs::path(planted).filename().string()}).empty());
}

TEST_CASE("an output under a regular file (not a folder) fails with the path and the reason", "[output]") {
  TempDir tmp;
  std::string file = tmp.Write("file", "x");
  REQUIRE_THROWS_WITH(WriteFileAtomically(file + "/out.json", "x"),
                      file + "/out.json: cannot check the output path: Not a directory");
}
