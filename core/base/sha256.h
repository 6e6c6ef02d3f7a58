#pragma once
// SHA-256, for the content hashes of rule packs and datasets that go into every output.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace workrights {

class Sha256 {
 public:
  Sha256();
  void Update(std::string_view data);
  /// Finishes and returns the lowercase hex digest. The object must not be updated afterwards.
  std::string HexDigest();

 private:
  void Block(const unsigned char* p);
  std::array<uint32_t, 8> h_;
  unsigned char buffer_[64];
  size_t buffered_ = 0;
  uint64_t total_bytes_ = 0;
};

std::string Sha256Hex(std::string_view data);

}  // namespace workrights
