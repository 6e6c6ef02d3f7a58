// Fuzzes the scenario loader (pledges, changes, distributions, weight ranges, extends) against the shipped data.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>

#include <unistd.h>

#include "core/simulate/scenario.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace workrights;
  // The loader reads files (extends resolves paths), so the input goes through one.
  static const std::string path = "/tmp/workrights-scenario-fuzz-" + std::to_string(::getpid()) + ".json";
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  try {
    LoadScenario(path, fuzz::RepoDir() + "/scenarios", fuzz::ShippedData(), fuzz::StandardPack().info);
  } catch (const InputError&) {
  }
  return 0;
}
