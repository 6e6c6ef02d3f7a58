#include <catch2/catch.hpp>

#include "core/base/resource_limit.h"

using namespace workrights;

TEST_CASE("byte sizes read as a person reads them") {
  CHECK(ByteSizeText(512) == "512 bytes");
  CHECK(ByteSizeText(1536) == "1.5 KiB");
  CHECK(ByteSizeText(4.0 * 1024 * 1024 * 1024) == "4.0 GiB");
  CHECK(ByteSizeText(300.0 * 1024 * 1024) == "300 MiB");
}

TEST_CASE("a run over the memory limit is refused with what it needs, the limit and the remedy") {
  CHECK_NOTHROW(CheckMemory(3.9 * 1024 * 1024 * 1024, 4, "a run", "use less"));
  try {
    CheckMemory(96.0 * 1024 * 1024 * 1024, 4, "a simulation of 100000000 draws", "use fewer --draws");
    FAIL("no error");
  } catch (const ResourceLimitError& e) {
    CHECK(std::string(e.what()) ==
          "a simulation of 100000000 draws needs about 96.0 GiB of memory, over the limit of 4.0 GiB; use "
          "fewer --draws, or raise the limit with --max-memory GIB");
  }
}
