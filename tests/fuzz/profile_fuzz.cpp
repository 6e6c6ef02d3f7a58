// Fuzzes the strict JSON reader and the profile checks: any input must end as a profile or an InputError.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/load/profile_loader.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace workrights;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    JsonDocument doc = ParseJson(text, "JOR.json");
    Diagnostics diags;
    ParseProfile(doc, fuzz::Catalogue(), diags);
  } catch (const InputError&) {
  }
  return 0;
}
